import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../engine/tensor';
import { t } from '../../engine/test-helpers';
import { flatten } from './flatten';
import { invoke, res } from './shape-test-helpers';

const X = [
  [
    [1, 2],
    [3, 4],
  ],
  [
    [5, 6],
    [7, 8],
  ],
];

describe('flatten', () => {
  it('flattens everything by default', () => expect(res(invoke(flatten, [X]))).toEqual({ value: [1, 2, 3, 4, 5, 6, 7, 8], shape: [8] }));
  it('merges start_dim..end_dim', () => {
    expect((invoke(flatten, [X, 1]) as Tensor).shape).toEqual([2, 4]);
    expect((invoke(flatten, [X], { end_dim: 1 }) as Tensor).shape).toEqual([4, 2]);
  });
  it('makes a 0-D tensor 1-D', () => expect(res(invoke(flatten, [5]))).toEqual({ value: [5], shape: [1] }));
  it('returns the input itself when there is nothing to merge, as PyTorch does', () => {
    const v = t([1, 2]);
    expect(invoke(flatten, [v])).toBe(v);
  });
  it('rejects start_dim after end_dim', () =>
    expect(res(invoke(flatten, [X, 2, 1]))).toEqual({ error: '#VALUE!', message: 'flatten: start_dim cannot come after end_dim' }));
  it('shows ViewBackward0', () => expect((invoke(flatten, [t(X, true)]) as Tensor).gradFn).toBe('ViewBackward0'));
});
