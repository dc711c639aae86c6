import { describe, expect, it } from 'vitest';
import { type ArithKind, type UnaryKind, allocData, arith, unary } from './loops';
import { Tensor } from '../tensor';

const t = (values: number[], shape = [values.length]) => new Tensor(Float64Array.from(values), shape);
const VALUES = [-2.5, -1, -0, 0, 0.5, 3, NaN, Infinity, -Infinity];

describe('arith', () => {
  const reference: Record<ArithKind, (x: number, y: number) => number> = {
    add: (x, y) => x + y,
    sub: (x, y) => x - y,
    mul: (x, y) => x * y,
    div: (x, y) => x / y,
  };
  for (const kind of Object.keys(reference) as ArithKind[]) {
    const f = reference[kind];
    it(`${kind}: same sizes, a number on either side, and a broadcast agree with the scalar rule`, () => {
      const a = t(VALUES);
      const b = t([...VALUES].reverse());
      expect([...arith(a, b, [VALUES.length], kind)]).toEqual(VALUES.map((x, i) => f(x, b.data[i])));
      for (const c of [2, -0, NaN]) {
        expect([...arith(a, t([c], []), a.shape, kind)]).toEqual(VALUES.map((x) => f(x, c)));
        expect([...arith(t([c], []), a, a.shape, kind)]).toEqual(VALUES.map((x) => f(c, x)));
      }
      const col = t([1, 2], [2, 1]);
      const row = t([10, 20, 30], [1, 3]);
      expect([...arith(col, row, [2, 3], kind)]).toEqual([1, 1, 1, 2, 2, 2].map((x, i) => f(x, [10, 20, 30][i % 3])));
    });
  }
});

describe('unary', () => {
  const reference: Record<UnaryKind, (x: number) => number> = {
    exp: Math.exp,
    log: Math.log,
    sin: Math.sin,
    cos: Math.cos,
    tanh: Math.tanh,
    sqrt: Math.sqrt,
    abs: Math.abs,
    neg: (x) => -x,
    square: (x) => x * x,
    relu: (x) => (x > 0 || Number.isNaN(x) ? x : 0),
    sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  };
  // exp, sin and cos run fastmath's kernels: within an ulp of Math.*, exact on special values.
  const nearly = new Set<UnaryKind>(['exp', 'sin', 'cos']);
  for (const kind of Object.keys(reference) as UnaryKind[]) {
    it(`${kind} maps every element as its scalar rule does`, () => {
      const got = [...unary(t(VALUES), kind)];
      const want = VALUES.map(reference[kind]);
      if (!nearly.has(kind)) expect(got).toEqual(want);
      else
        got.forEach((g, i) =>
          Number.isFinite(want[i]) && want[i] !== 0
            ? expect(Math.abs(g - want[i])).toBeLessThanOrEqual(Math.abs(want[i]) * 2 ** -52)
            : expect(g).toBe(want[i]),
        );
    });
  }
});

describe('allocData', () => {
  it('gives zeroed arrays that never overlap, small or large', () => {
    const arrays = Array.from({ length: 200 }, (_, i) => allocData(i % 7));
    arrays.forEach((a, i) => {
      expect(a.length).toBe(i % 7);
      expect([...a].every((x) => x === 0)).toBe(true);
      a.fill(i + 1);
    });
    arrays.forEach((a, i) => expect([...a].every((x) => x === i + 1)).toBe(true));
  });
});
