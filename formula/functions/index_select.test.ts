import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../engine/tensor';
import { gradOf, t } from '../../engine/test-helpers';
import { index_select } from './index_select';
import { invoke, res } from './shape-test-helpers';

const A = [
  [1, 2, 3],
  [4, 5, 6],
];

describe('index_select', () => {
  it('picks columns, repeats allowed (IndexSelectBackward0)', () => {
    const y = invoke(index_select, [t(A, true), 1, [2, 0, 2]]) as Tensor;
    expect(res(y)).toEqual({
      value: [
        [3, 1, 3],
        [6, 4, 6],
      ],
      shape: [2, 3],
    });
    expect(y.gradFn).toBe('IndexSelectBackward0');
  });
  it('keeps the dim for a 0-D index', () => expect(res(invoke(index_select, [A, 0, 1]))).toEqual({ value: [[4, 5, 6]], shape: [1, 3] }));
  it('rejects negative and too-large indices, as PyTorch does', () => {
    expect(res(invoke(index_select, [A, 0, [-1]]))).toEqual({
      error: '#VALUE!',
      message: 'index_select: index -1 is out of bounds for dimension 0 with size 2',
    });
    expect(res(invoke(index_select, [A, -1, [3]]))).toEqual({
      error: '#VALUE!',
      message: 'index_select: index 3 is out of bounds for dimension 1 with size 3',
    });
  });
  it('rejects a 2-D index', () => expect(res(invoke(index_select, [A, 0, [[0]]]))).toMatchObject({ error: '#VALUE!' }));
  it('adds gradients of repeated picks', () => {
    const x = t(A, true);
    expect(gradOf(invoke(index_select, [x, 1, [2, 0, 2]]) as Tensor, [x])).toEqual([
      [
        [1, 0, 2],
        [1, 0, 2],
      ],
    ]);
  });
});
