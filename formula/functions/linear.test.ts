import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../engine/tensor';
import { gradOf, t } from '../../engine/test-helpers';
import { linear } from './linear';
import { invoke, res } from './shape-test-helpers';

const W = [
  [1, 0],
  [0, 1],
  [1, 1],
]; // 3 outputs, 2 inputs
const b = [0, 0, 10];

describe('linear', () => {
  it('is x @ W.T + b for a vector', () => expect(res(invoke(linear, [[1, 2], W, b]))).toEqual({ value: [1, 2, 13], shape: [3] }));
  it('handles a batch of rows and a 3-D input', () => {
    expect(
      res(
        invoke(linear, [
          [
            [1, 2],
            [3, 4],
          ],
          W,
          b,
        ]),
      ),
    ).toEqual({
      value: [
        [1, 2, 13],
        [3, 4, 17],
      ],
      shape: [2, 3],
    });
    expect(res(invoke(linear, [[[[1, 2]], [[3, 4]]], W, b]))).toEqual({ value: [[[1, 2, 13]], [[3, 4, 17]]], shape: [2, 1, 3] });
  });
  it('shows the node PyTorch 2 shows for each case', () => {
    const fn = (x: number[] | number[][] | number[][][], withBias: boolean) =>
      (invoke(linear, withBias ? [t(x, true), t(W, true), t(b, true)] : [t(x, true), t(W, true)]) as Tensor).gradFn;
    expect(fn([[1, 2]], true)).toBe('AddmmBackward0');
    expect(fn([[1, 2]], false)).toBe('MmBackward0');
    expect(fn([1, 2], true)).toBe('ViewBackward0');
    expect(fn([1, 2], false)).toBe('SqueezeBackward4');
    expect(fn([[[1, 2]]], true)).toBe('ViewBackward0');
  });
  it('has the gradients of an affine map', () => {
    const x = t([[1, 2]], true);
    const w = t(W, true);
    const bias = t(b, true);
    expect(gradOf(invoke(linear, [x, w, bias]) as Tensor, [x, w, bias])).toEqual([
      [[2, 2]],
      [
        [1, 2],
        [1, 2],
        [1, 2],
      ],
      [1, 1, 1],
    ]);
  });
  it('names mismatched sizes', () =>
    expect(res(invoke(linear, [[1, 2, 3], W]))).toEqual({
      error: '#SHAPE!',
      message: 'linear: shapes [3] and [2, 3] cannot be multiplied (3 ≠ 2)',
    }));
});
