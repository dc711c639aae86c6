// The catalogue the app reads is the registry without its implementations, and stays apart from the engine.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, GROUPS, lookupEntry } from './catalogue';
import { FUNCTIONS } from './functions/index';

const source = (file: string): string => readFileSync(new URL(file, import.meta.url), 'utf8');
const imports = (file: string): string[] => [...source(file).matchAll(/^(?:import|export)[^;]*?from '([^']+)'/gm)].map((m) => m[1]);

describe('the catalogue', () => {
  it('is every registered function without its implementation (run `npm run gen` after changing one)', () => {
    const plain = FUNCTIONS.map(({ name, form, torch, doc, params, kwargs, examples, group }) =>
      JSON.parse(JSON.stringify({ name, form, torch, doc, params, kwargs, examples, group })),
    );
    expect(JSON.parse(JSON.stringify(CATALOGUE))).toEqual(plain);
  });

  it('imports nothing but its own plain data', () => {
    expect(imports('./catalogue.ts')).toEqual(['./catalogue.gen', './functions/spec', './functions/spec', './functions/spec']);
    expect(imports('./catalogue.gen.ts')).toEqual(['./functions/spec']);
    expect(imports('./functions/spec.ts')).toEqual([]);
  });

  it('gives every function a group of the reference and a doc', () => {
    const ids: readonly string[] = GROUPS.map((g) => g.id);
    expect(CATALOGUE.filter((f) => !ids.includes(f.group)).map((f) => f.name)).toEqual([]);
    expect(CATALOGUE.filter((f) => f.doc.trim() === '').map((f) => f.name)).toEqual([]);
  });

  it('finds a function by name, case-insensitively', () => {
    expect(lookupEntry('MSE_Loss')?.torch).toBe('torch.nn.functional.mse_loss');
    expect(lookupEntry('nope')).toBeUndefined();
  });
});
