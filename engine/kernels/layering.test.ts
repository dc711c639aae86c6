// The kernels are the engine's loops and their math: they may read the core types (shape, tensor, the
// pool, the non-finite check) but never an op or `call`, so an op can always be built from them.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const KERNELS = new URL('.', import.meta.url).pathname;
const ENGINE = resolve(KERNELS, '..');
const CORE = ['shape', 'tensor', 'pool', 'nonfinite'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('engine/kernels', () => {
  it('imports no op, no op machinery and nothing outside the engine core', () => {
    const offending: string[] = [];
    for (const file of sources(KERNELS)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
        const target = relative(ENGINE, resolve(dirname(file), m[1]));
        if (!target.startsWith('kernels/') && !CORE.includes(target)) offending.push(`${relative(ENGINE, file)} imports ${m[1]}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
