import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import type { Tensor } from '../tensor';
import { permute, swapLast, transpose2d, transposeAttrs } from './permute';

const M = [
  [1, 2, 3],
  [4, 5, 6],
];

describe('permute', () => {
  it('reorders dims', () =>
    expect(outcome(call(permute, [t(M)], { dims: [1, 0] }))).toEqual({
      value: [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
      shape: [3, 2],
    }));
  it('moves the last dim first in 3-D, negative dims included', () =>
    expect(
      outcome(
        call(
          permute,
          [
            t([
              [
                [1, 2],
                [3, 4],
              ],
              [
                [5, 6],
                [7, 8],
              ],
            ]),
          ],
          { dims: [-1, 0, 1] },
        ),
      ),
    ).toEqual({
      value: [
        [
          [1, 3],
          [5, 7],
        ],
        [
          [2, 4],
          [6, 8],
        ],
      ],
      shape: [2, 2, 2],
    }));
  it('leaves a 0-D tensor as it is', () => expect(outcome(call(permute, [t(7)], { dims: [] }))).toEqual({ value: 7, shape: [] }));
  it('rejects an ordering of the wrong length', () =>
    expect(outcome(call(permute, [t(M)], { dims: [0] }))).toEqual({
      error: '#VALUE!',
      message: 'permute: the tensor has 2 dims but the ordering has 1',
    }));
  it('rejects a repeated dim', () =>
    expect(outcome(call(permute, [t(M)], { dims: [1, -1] }))).toEqual({
      error: '#VALUE!',
      message: 'permute: dim -1 appears more than once',
    }));
  it('sends the gradient back through the inverse ordering', () => {
    const x = t([[[1, 2, 3]], [[4, 5, 6]]], true);
    const y = call(permute, [x], { dims: [2, 0, 1] }) as Tensor;
    expect(
      gradOf(
        y,
        [x],
        t([
          [[1], [2]],
          [[3], [4]],
          [[5], [6]],
        ]),
      ),
    ).toEqual([[[[1, 3, 5]], [[2, 4, 6]]]]);
    expect(y.gradFn).toBe('PermuteBackward0');
  });
  it('transposeAttrs swaps two dims and names TransposeBackward0', () => {
    const y = call(permute, [t(M, true)], transposeAttrs(2, 0, -1) as never) as Tensor;
    expect(outcome(y)).toEqual({
      value: [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
      shape: [3, 2],
    });
    expect(y.gradFn).toBe('TransposeBackward0');
  });
  it('transposeAttrs rejects a dim out of range', () =>
    expect(transposeAttrs(2, 0, 2)).toMatchObject({ code: '#VALUE!', message: 'transpose: dim 2 is out of range for a tensor of rank 2' }));
  it('x.T reverses dims (PermuteBackward0) and leaves rank 0 and 1 alone', () => {
    const x = t(M, true);
    expect(outcome(transpose2d(x))).toEqual({
      value: [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
      shape: [3, 2],
    });
    expect(transpose2d(x).gradFn).toBe('PermuteBackward0');
    const v = t([1, 2]);
    expect(transpose2d(v)).toBe(v);
    expect(transpose2d(t([[[1, 2]]])).shape).toEqual([2, 1, 1]);
  });
  it('swapLast transposes each matrix of a batch', () =>
    expect(outcome(swapLast(t([[[1, 2]], [[3, 4]]])))).toEqual({
      value: [
        [[1], [2]],
        [[3], [4]],
      ],
      shape: [2, 2, 1],
    }));
});
