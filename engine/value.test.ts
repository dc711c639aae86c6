import { describe, expect, it } from 'vitest';
import { isError } from './errors';
import { limits } from './limits';
import { filled, scalar } from './tensor';
import { type CellValue, MAX_TUPLE_DEPTH, MAX_TUPLE_VALUES, type TupleValue, text, tuple } from './value';

const ok = (v: CellValue): TupleValue => {
  if (v.kind !== 'tuple') throw new Error(`expected a tuple, got ${JSON.stringify(v)}`);
  return v;
};

describe('tuple', () => {
  it('counts depth, values and weight, shared items each time they appear', () => {
    const inner = ok(tuple([filled([2, 3], 1), text('abc')]));
    expect(inner).toMatchObject({ depth: 1, count: 3, weight: 9 });
    expect(ok(tuple([inner, inner, scalar(1)]))).toMatchObject({ depth: 2, count: 8, weight: 19 });
    expect(ok(tuple([]))).toMatchObject({ depth: 1, count: 1, weight: 0 });
  });

  it(`refuses nesting deeper than ${MAX_TUPLE_DEPTH}`, () => {
    let t: CellValue = scalar(1);
    for (let i = 0; i < MAX_TUPLE_DEPTH; i++) t = ok(tuple([t]));
    expect(tuple([t])).toMatchObject({ kind: 'error', code: '#LIMIT!', message: 'tuple: it would nest 257 tuples deep; the limit is 256' });
  });

  it(`refuses printing as more than ${MAX_TUPLE_VALUES} values, counting shared ones and nested tuples (t => tuple(t, t) doubles them)`, () => {
    let t: CellValue = scalar(1);
    for (let i = 0; i < 15; i++) t = ok(tuple([t, t]));
    expect((t as TupleValue).count).toBe(2 ** 16 - 1);
    expect(tuple([t, t])).toMatchObject({
      code: '#LIMIT!',
      message: 'tuple: it would print as 131,071 values, counting nested tuples and shared values each time; the limit is 65,536',
    });
    let empty: CellValue = ok(tuple([]));
    for (let i = 0; i < 15; i++) empty = ok(tuple([empty, empty]));
    expect(tuple([empty, empty])).toMatchObject({ code: '#LIMIT!' });
  });

  it('refuses holding more elements than one tensor may, counting shared ones', () => {
    const saved = limits.maxElements;
    limits.maxElements = 100;
    try {
      const big = filled([10, 10], 0);
      expect(isError(tuple([big]))).toBe(false);
      expect(tuple([big, big])).toMatchObject({
        code: '#LIMIT!',
        message:
          'tuple: it would hold 200 elements (and characters), counting shared values each time; the limit is 100, as for one tensor',
      });
      expect(tuple([text('x'.repeat(101))])).toMatchObject({ code: '#LIMIT!' });
    } finally {
      limits.maxElements = saved;
    }
  });
});
