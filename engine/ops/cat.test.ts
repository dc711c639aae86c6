import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import type { Tensor } from '../tensor';
import { cat } from './cat';

describe('cat', () => {
  it('joins along dim 0', () => expect(outcome(call(cat, [t([1, 2]), t([3])], { dim: 0 }))).toEqual({ value: [1, 2, 3], shape: [3] }));
  it('joins along the last dim', () =>
    expect(
      outcome(
        call(
          cat,
          [
            t([[1], [2]]),
            t([
              [3, 4],
              [5, 6],
            ]),
          ],
          { dim: -1 },
        ),
      ),
    ).toEqual({
      value: [
        [1, 3, 4],
        [2, 5, 6],
      ],
      shape: [2, 3],
    }));
  it('joins rows of matrices', () =>
    expect(
      outcome(
        call(
          cat,
          [
            t([[1, 2]]),
            t([
              [3, 4],
              [5, 6],
            ]),
          ],
          { dim: 0 },
        ),
      ),
    ).toEqual({
      value: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      shape: [3, 2],
    }));
  it('stays boolean only when every input is', () => {
    const b = t([1, 0]).with({ dtype: 'bool' });
    expect((call(cat, [b, b], { dim: 0 }) as Tensor).dtype).toBe('bool');
    expect((call(cat, [b, t([2])], { dim: 0 }) as Tensor).dtype).toBe('float64');
  });
  it('rejects 0-D tensors', () =>
    expect(outcome(call(cat, [t([1]), t(2)], { dim: 0 }))).toEqual({
      error: '#SHAPE!',
      message: 'cat: a zero-dimensional tensor (at position 1) cannot be concatenated',
    }));
  it('rejects sizes that differ outside the dim', () =>
    expect(outcome(call(cat, [t([[1, 2]]), t([[1, 2, 3]])], { dim: 0 }))).toEqual({
      error: '#SHAPE!',
      message: 'cat: sizes of tensors must match except in dimension 0: expected size 2 but got size 3 for tensor number 1 in the list',
    }));
  it('rejects different ranks', () =>
    expect(outcome(call(cat, [t([[1, 2]]), t([1, 2])], { dim: 0 }))).toEqual({
      error: '#SHAPE!',
      message: 'cat: tensors must have the same number of dimensions: got 2 and 1',
    }));
  it('rejects an empty list and a bad dim', () => {
    expect(outcome(call(cat, [], { dim: 0 }))).toEqual({ error: '#VALUE!', message: 'cat: expected a non-empty list of tensors' });
    expect(outcome(call(cat, [t([1])], { dim: 1 }))).toEqual({
      error: '#VALUE!',
      message: 'cat: dim 1 is out of range for a tensor of rank 1',
    });
  });
  it('gives each input its stretch of the gradient', () => {
    const a = t([[1], [2]], true);
    const b = t(
      [
        [3, 4],
        [5, 6],
      ],
      true,
    );
    const y = call(cat, [a, b], { dim: 1 }) as Tensor;
    expect(
      gradOf(
        y,
        [a, b],
        t([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ),
    ).toEqual([
      [[1], [4]],
      [
        [2, 3],
        [5, 6],
      ],
    ]);
    expect(y.gradFn).toBe('CatBackward0');
  });
});
