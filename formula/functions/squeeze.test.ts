import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../engine/tensor';
import { gradOf, t } from '../../engine/test-helpers';
import { invoke, res } from './shape-test-helpers';
import { squeeze } from './squeeze';
import { unsqueeze } from './unsqueeze';

const X = [[[1], [2], [3]]]; // [1, 3, 1]

describe('squeeze', () => {
  it('drops every size-1 dim (SqueezeBackward0)', () => {
    const y = invoke(squeeze, [t(X, true)]) as Tensor;
    expect(res(y)).toEqual({ value: [1, 2, 3], shape: [3] });
    expect(y.gradFn).toBe('SqueezeBackward0');
  });
  it('drops only the named dim, if it has size 1 (SqueezeBackward1)', () => {
    const y = invoke(squeeze, [t(X, true), -1]) as Tensor;
    expect(y.shape).toEqual([1, 3]);
    expect(y.gradFn).toBe('SqueezeBackward1');
    expect((invoke(squeeze, [X, 1]) as Tensor).shape).toEqual([1, 3, 1]);
  });
  it('takes several dims (SqueezeBackward2)', () =>
    expect((invoke(squeeze, [t(X, true), [0, 2]]) as Tensor).gradFn).toBe('SqueezeBackward2'));
  it('rejects a dim out of range', () =>
    expect(res(invoke(squeeze, [X, 3]))).toEqual({ error: '#VALUE!', message: 'squeeze: dim 3 is out of range for a tensor of rank 3' }));
  it('passes the gradient back in the input shape', () => {
    const x = t(X, true);
    expect(gradOf(invoke(squeeze, [x]) as Tensor, [x], t([1, 2, 3]))).toEqual([[[[1], [2], [3]]]]);
  });
});

describe('unsqueeze', () => {
  it('inserts a dim anywhere up to one past the last (UnsqueezeBackward0)', () => {
    const y = invoke(unsqueeze, [t([1, 2], true), 1]) as Tensor;
    expect(res(y)).toEqual({ value: [[1], [2]], shape: [2, 1] });
    expect(y.gradFn).toBe('UnsqueezeBackward0');
    expect((invoke(unsqueeze, [5, 0]) as Tensor).shape).toEqual([1]);
  });
  it('rejects a dim past the new rank', () =>
    expect(res(invoke(unsqueeze, [[1, 2], 2]))).toEqual({
      error: '#VALUE!',
      message: 'unsqueeze: dim 2 is out of range for a tensor of rank 2',
    }));
});
