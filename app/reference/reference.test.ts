// The function reference: every catalogue function shows in its one group, signatures and
// results read as documented, the search finds what a user types, and docs/functions.md is current.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, type CatalogueEntry } from '../../formula/catalogue';
import { functionsMarkdown } from './markdown';
import { signature } from '../../formula/signature';
import { formatResult, groupFunctions, search } from './reference';

const byName = (n: string): CatalogueEntry => CATALOGUE.find((f) => f.name === n)!;

describe('function groups', () => {
  it('show every function of the catalogue once, in the groups of the registry, in their order', () => {
    const grouped = groupFunctions();
    expect(grouped.map((g) => g.group.id)).toEqual([
      'creation',
      'elementwise',
      'reductions',
      'shape',
      'linalg',
      'losses',
      'autograd',
      'control',
    ]);
    expect(grouped.flatMap((g) => g.functions.map((f) => f.name))).toEqual(
      ['creation', 'elementwise', 'reductions', 'shape', 'linalg', 'losses', 'autograd', 'control'].flatMap((id) =>
        CATALOGUE.filter((f) => f.group === id).map((f) => f.name),
      ),
    );
    expect(grouped.flatMap((g) => g.functions).length).toBe(CATALOGUE.length);
  });

  it('list the op table’s thin functions among the hand-written ones, each beside its neighbour op', () => {
    const elementwise = groupFunctions()
      .find((g) => g.group.id === 'elementwise')!
      .functions.map((f) => f.name);
    expect(elementwise.slice(0, 8)).toEqual(['add', 'sub', 'mul', 'div', 'neg', 'pow', 'abs', 'sign']);
    expect(elementwise.slice(elementwise.indexOf('clamp'))).toEqual(['clamp', 'where', 'eq', 'ne', 'lt', 'le', 'gt', 'ge']);
  });

  it('file the SPEC §4 families where a PyTorch user looks for them', () => {
    const groupOf = (n: string) => byName(n).group;
    expect([
      groupOf('linspace'),
      groupOf('sigmoid'),
      groupOf('logsumexp'),
      groupOf('permute'),
      groupOf('linear'),
      groupOf('nll_loss'),
      groupOf('vhp'),
      groupOf('while'),
    ]).toEqual(['creation', 'elementwise', 'reductions', 'shape', 'linalg', 'losses', 'autograd', 'control']);
  });
});

describe('signatures and results', () => {
  it("show required, optional, defaulted, variadic and keyword-only parameters as the editor does (Python's spelling)", () => {
    expect(signature(byName('mse_loss'))).toBe('mse_loss(input, target, *, reduction="mean")');
    expect(signature(byName('sum'))).toBe('sum(input, dim=None, keepdim=False)');
    expect(signature(byName('ones'))).toBe('ones(*size, dtype=None, requires_grad=False)');
    expect(signature(byName('grad'))).toBe('grad(y, x, v=None, *, retain_graph=False, create_graph=False)');
    expect(signature(byName('softmax'))).toBe('softmax(input, dim=-1)');
  });

  it('format example results as the sheet shows them', () => {
    expect(formatResult(2)).toBe('2');
    expect(formatResult(0.1 + 0.2)).toBe('0.3');
    expect(
      formatResult([
        [0, 4],
        [1.5, -2],
      ]),
    ).toBe('[[0, 4], [1.5, -2]]');
    expect(formatResult(false)).toBe('False');
    expect(formatResult('#SHAPE!')).toBe('#SHAPE!');
    expect(formatResult('MulBackward0')).toBe('MulBackward0');
  });
});

describe('search', () => {
  const names = (q: string) => search(q).flatMap((g) => g.functions.map((f) => f.name));

  it('finds a function by part of its name, PyTorch name or doc, case-insensitively', () => {
    expect(names('mse')).toEqual(['mse_loss']);
    expect(names('MSE_LOSS')).toEqual(['mse_loss']);
    expect(names('torch.autograd.functional.jacobian')).toEqual(['jacobian']);
    expect(names('standard normal')).toEqual(expect.arrayContaining(['randn', 'gelu']));
  });

  it('lists name matches first within a group, and everything for an empty query', () => {
    expect(names('softmax').slice(0, 2)).toEqual(['softmax', 'log_softmax']);
    expect(names('').length).toBe(CATALOGUE.length);
    expect(names('   ').length).toBe(CATALOGUE.length);
    expect(names('no such function anywhere')).toEqual([]);
  });
});

describe('docs/functions.md', () => {
  it('is what `npm run docs` generates from the registry (run it after changing a function)', () => {
    const onDisk = readFileSync(new URL('../../docs/functions.md', import.meta.url), 'utf8');
    expect(onDisk === functionsMarkdown(), 'docs/functions.md is out of date: run `npm run docs`').toBe(true);
  });

  it('has an entry with signature, doc, PyTorch name and examples for every function', () => {
    const md = functionsMarkdown();
    for (const f of CATALOGUE) {
      const at = md.indexOf(`\n### ${f.name}\n`);
      expect(at, f.name).toBeGreaterThan(0);
      const body = md.slice(at, md.indexOf('\n### ', at + 1) >>> 0);
      expect(body).toContain(`\`${signature(f)}\``);
      expect(body).toContain(f.doc);
      expect(body).toContain('PyTorch: ');
      for (const e of f.examples) expect(body).toContain(e.formula.replace(/\|/g, '\\|'));
    }
    expect(md).toContain('| `=mse_loss([1, 2], [1, 4])` | `2` |');
  });
});
