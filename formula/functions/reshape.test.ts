import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../engine/tensor';
import { t } from '../../engine/test-helpers';
import { reshape } from './reshape';
import { invoke, res } from './shape-test-helpers';
import { view } from './view';

describe('reshape and view', () => {
  it('take sizes as separate numbers or a list', () => {
    expect(res(invoke(reshape, [[1, 2, 3, 4], 2, 2]))).toEqual({
      value: [
        [1, 2],
        [3, 4],
      ],
      shape: [2, 2],
    });
    expect(
      res(
        invoke(view, [
          [1, 2, 3, 4],
          [4, 1],
        ]),
      ),
    ).toEqual({ value: [[1], [2], [3], [4]], shape: [4, 1] });
  });
  it('infer one -1', () =>
    expect(
      res(
        invoke(reshape, [
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
          -1,
        ]),
      ),
    ).toEqual({ value: [1, 2, 3, 4, 5, 6], shape: [6] }));
  it('reshape a one-element tensor to 0-D', () => expect(res(invoke(reshape, [[[7]], []]))).toEqual({ value: 7, shape: [] }));
  it('name the bad size as PyTorch does', () =>
    expect(res(invoke(reshape, [[1, 2, 3], 2, -1]))).toEqual({
      error: '#SHAPE!',
      message: 'reshape: shape [2, -1] is invalid for input of size 3',
    }));
  it('reject two -1s and other negatives', () => {
    expect(res(invoke(view, [[1, 2], -1, -1]))).toEqual({ error: '#VALUE!', message: 'view: only one dimension can be inferred' });
    expect(res(invoke(view, [[1, 2], -2]))).toEqual({ error: '#VALUE!', message: 'view: invalid shape dimension -2' });
  });
  it('show ViewBackward0', () => expect((invoke(reshape, [t([1, 2], true), 2, 1]) as Tensor).gradFn).toBe('ViewBackward0'));
});
