import { describe, expect, it } from 'vitest';
import { Tensor, fromNested, toNested } from './tensor';

describe('nested arrays', () => {
  it('round-trip through fromNested and toNested at every rank', () => {
    for (const v of [
      3,
      [1, 2],
      [
        [1, 2],
        [3, 4],
      ],
      [
        [[1], [2]],
        [[3], [4]],
      ],
    ]) {
      expect(toNested(fromNested(v) as Tensor)).toEqual(v);
    }
  });

  it('print tensors with a zero-size dim as nested empty lists', () => {
    expect(toNested(new Tensor(new Float64Array(0), [2, 0]))).toEqual([[], []]);
    expect(toNested(new Tensor(new Float64Array(0), [0, 3]))).toEqual([]);
    expect(toNested(new Tensor(new Float64Array(0), [2, 1, 0]))).toEqual([[[]], [[]]]);
  });

  it('print booleans as booleans', () => {
    expect(toNested(new Tensor(Float64Array.of(1, 0), [2], 'bool'))).toEqual([true, false]);
  });

  it('say where nesting is ragged', () => {
    expect(fromNested([[1, 2], [3]])).toBe('row at depth 1 has 1 elements, expected 2');
    expect(fromNested([1, [2]])).toBe('ragged nesting at depth 1');
  });

  it('handle nesting far deeper than the call stack', () => {
    let v: unknown = 1;
    for (let i = 0; i < 100_000; i++) v = [v];
    expect((fromNested(v as never) as Tensor).rank).toBe(100_000);
  });
});
