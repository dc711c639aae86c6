// The static reading of a formula: what it reads, which names are free, and what it declares.

import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { formulaDeps } from './deps';
import { parseFormula } from './to-ast';

const deps = (text: string) => formulaDeps(parseFormula(text) as Expr);

describe('formulaDeps', () => {
  it('finds references and ranges everywhere in the formula, last written first', () => {
    const d = deps('sum(A1:B2) + x.f(C3)[D4:D5, E6] + (F7,)');
    expect(d.cells.map((c) => [c.col, c.row])).toEqual([
      [5, 6],
      [4, 5],
      [2, 2],
    ]);
    expect(d.ranges.map((r) => [r.start.col, r.end.row])).toEqual([
      [3, 4],
      [0, 1],
    ]);
  });

  it('leaves lambda parameters and let names out of the free names', () => {
    expect([...deps('(x => x + y)(z)').names].sort()).toEqual(['y', 'z']);
    expect([...deps('let(a, 1, b, a + c, a * b * d)').names].sort()).toEqual(['c', 'd', 'let']);
    // A let value sees only the names bound before it.
    expect([...deps('let(a, b, b, 1, a)').names].sort()).toEqual(['b', 'let']);
    expect([...deps('x.Foo(1)').names].sort()).toEqual(['foo', 'x']);
  });

  it('says whether the formula loops, differentiates or declares a backward root', () => {
    expect(deps('while(1, y => y < 2, y => y * 2)')).toMatchObject({ loops: true, differentiates: false });
    expect(deps('(while => while(1))(1)').loops).toBe(false);
    expect(deps('train(x => x ** 2, A1, steps=100, lr=0.1)').loops).toBe(true);
    expect(deps('grad(A1 * 2, A1) + A1.grad')).toMatchObject({
      differentiates: true,
      gradients: 2,
      readsGrad: true,
      declaresBackward: false,
    });
    expect(deps('backward(A1)').declaresBackward).toBe(true);
    expect(deps('A1.backward()')).toMatchObject({ declaresBackward: true, differentiates: true });
  });
});
