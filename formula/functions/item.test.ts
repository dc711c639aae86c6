import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../engine/tensor';
import { t } from '../../engine/test-helpers';
import { item } from './item';
import { numel } from './numel';
import { shape } from './shape';
import { invoke, res } from './shape-test-helpers';

describe('item, numel and shape', () => {
  it('item gives a plain 0-D tensor without history', () => {
    const y = invoke(item, [t([[3]], true)]) as Tensor;
    expect(res(y)).toEqual({ value: 3, shape: [] });
    expect([y.requiresGrad, y.node]).toEqual([false, null]);
  });
  it('item rejects more than one element', () =>
    expect(res(invoke(item, [[1, 2]]))).toEqual({
      error: '#VALUE!',
      message: 'item: a tensor with 2 elements cannot be converted to a number',
    }));
  it('numel counts elements, 1 for 0-D', () => {
    expect(
      res(
        invoke(numel, [
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
        ]),
      ),
    ).toEqual({ value: 6, shape: [] });
    expect(res(invoke(numel, [4]))).toEqual({ value: 1, shape: [] });
  });
  it('shape is a 1-D tensor of the sizes', () => {
    expect(
      res(
        invoke(shape, [
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
        ]),
      ),
    ).toEqual({ value: [2, 3], shape: [2] });
    expect(res(invoke(shape, [4]))).toEqual({ value: [], shape: [0] });
  });
});
