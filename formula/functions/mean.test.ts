import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { mean } from './mean';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';

describe('mean', () => {
  it('averages every element by default', () =>
    expect(
      res(
        invoke(mean, [
          [
            [1, 2],
            [3, 4],
          ],
        ]),
      ),
    ).toEqual({ value: 2.5, shape: [] }));
  it('averages over a list of dims, keeping them', () =>
    expect(
      res(
        invoke(
          mean,
          [
            [
              [
                [1, 2],
                [3, 4],
              ],
              [
                [5, 6],
                [7, 8],
              ],
            ],
          ],
          { dim: [0, 2], keepdim: true },
        ),
      ),
    ).toEqual({ value: [[[3.5], [5.5]]], shape: [1, 2, 1] }));
  it('gives NaN for an empty tensor, as PyTorch', () => expect(res(invoke(mean, [[]]))).toEqual({ value: NaN, shape: [] }));
  it('rejects a dim out of range', () =>
    expect(res(invoke(mean, [[1, 2]], { dim: 1 }))).toEqual({
      error: '#VALUE!',
      message: 'mean: dim 1 is out of range for a tensor of rank 1',
    }));
  it('is MeanBackward0 over everything and MeanBackward1 over dims, with gradient 1/N', () => {
    const x = t(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      true,
    );
    const all = tensorOf(invoke(mean, [x]));
    const rows = tensorOf(invoke(mean, [x], { dim: 1 }));
    expect([all.gradFn, rows.gradFn]).toEqual(['MeanBackward0', 'MeanBackward1']);
    expect(gradOf(rows, [x], t([3, 6]))).toEqual([
      [
        [1, 1, 1],
        [2, 2, 2],
      ],
    ]);
  });
});
