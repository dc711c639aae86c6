// The walker reaches every sub-expression: compared with a reflective walk over every field of
// every node, over formulas that hold each node type.

import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { parseFormula } from './to-ast';
import { childExprs } from './walk';

const parse = (text: string): Expr => {
  const e = parseFormula(text);
  if (e.type === 'parse-error') throw new Error(e.message);
  return e;
};

/** Every object with a `type` found anywhere under a node, whatever field holds it. */
function reflectiveCount(e: unknown): number {
  if (Array.isArray(e)) return e.reduce((n: number, x) => n + reflectiveCount(x), 0);
  if (typeof e !== 'object' || e === null) return 0;
  const own = 'type' in e && 'from' in e ? 1 : 0;
  return own + Object.values(e).reduce((n: number, x) => n + reflectiveCount(x), 0);
}

function walkedCount(root: Expr): { count: number; types: Set<string> } {
  const types = new Set<string>();
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const e = stack.pop()!;
    count++;
    types.add(e.type);
    stack.push(...childExprs(e));
  }
  return { count, types };
}

const FORMULAS = [
  '1 + -x * "s" ** 2 >= true',
  '[A1, Sheet2!B2:C3, #REF!, (1, 2), (3,)]',
  'let(a, 2, (x, y) => x @ y)(a, b=3)',
  'x.sum(dim=0).grad.T[1, 2:A1:3, ::-1, :]',
  'x.requires_grad = f(1)',
];

describe('childExprs', () => {
  it('reaches every node, of every type', () => {
    const seen = new Set<string>();
    for (const f of FORMULAS) {
      const ast = parse(f);
      const { count, types } = walkedCount(ast);
      expect(count, f).toBe(reflectiveCount(ast));
      types.forEach((t) => seen.add(t));
    }
    expect([...seen].sort()).toEqual([
      'assign',
      'attr',
      'binary',
      'bool',
      'call',
      'error',
      'index',
      'lambda',
      'list',
      'method',
      'name',
      'number',
      'range',
      'ref',
      'string',
      'tuple',
      'unary',
    ]);
  });

  it('lists children in the order they are written', () => {
    const kids = childExprs(parse('f(a, b=c)'));
    expect(kids.map((k) => (k.type === 'name' ? k.name : k.type))).toEqual(['f', 'a', 'c']);
  });
});
