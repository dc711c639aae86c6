import { describe, expect, it } from 'vitest';
import { isError } from '../../engine/errors';
import { limits } from '../../engine/limits';
import type { Tensor } from '../../engine/tensor';
import { t } from '../../engine/test-helpers';
import { arange } from './arange';
import { eye } from './eye';
import { full } from './full';
import { full_like } from './full_like';
import { linspace } from './linspace';
import { ones } from './ones';
import { ones_like } from './ones_like';
import { rand } from './rand';
import { rand_like } from './rand_like';
import { randn } from './randn';
import { randn_like } from './randn_like';
import { invoke, res } from './shape-test-helpers';
import { tensor } from './tensor';
import { zeros } from './zeros';
import { zeros_like } from './zeros_like';

const leafFlags = (v: unknown) => ({ requiresGrad: (v as Tensor).requiresGrad, node: (v as Tensor).node, gradFn: (v as Tensor).gradFn });

describe('creation functions', () => {
  it('ones, zeros and full take sizes as numbers, a list or a shape tensor', () => {
    expect(res(invoke(ones, [2, 1]))).toEqual({ value: [[1], [1]], shape: [2, 1] });
    expect(res(invoke(zeros, [[3]]))).toEqual({ value: [0, 0, 0], shape: [3] });
    expect(res(invoke(ones, [[]]))).toEqual({ value: 1, shape: [] });
    expect(res(invoke(full, [[2], 1.5]))).toEqual({ value: [1.5, 1.5], shape: [2] });
  });
  it('every one returns a leaf, requiring grad when asked', () => {
    expect(leafFlags(invoke(ones, [2], { requires_grad: true }))).toEqual({ requiresGrad: true, node: null, gradFn: null });
    expect(leafFlags(invoke(randn_like, [[1, 2]], { requires_grad: true }))).toEqual({ requiresGrad: true, node: null, gradFn: null });
    expect(leafFlags(invoke(eye, [2]))).toEqual({ requiresGrad: false, node: null, gradFn: null });
  });
  it('tensor copies its data into a new leaf without history', () => {
    const x = invoke(ones, [2], { requires_grad: true }) as Tensor;
    const y = invoke(tensor, [x]) as Tensor;
    expect(leafFlags(y)).toEqual({ requiresGrad: false, node: null, gradFn: null });
    expect(y.data).not.toBe(x.data);
    expect(res(invoke(tensor, [t([1, 0]).with({ dtype: 'bool' })], { requires_grad: true }))).toMatchObject({ error: '#VALUE!' });
  });
  it('rejects negative sizes', () =>
    expect(res(invoke(zeros, [2, -1]))).toEqual({
      error: '#VALUE!',
      message: 'zeros: trying to create a tensor with negative dimension -1: [2, -1]',
    }));
  it('stops at the element limit before allocating', () => {
    const r = invoke(ones, [100000, 100000]);
    expect(res(r)).toEqual({
      error: '#LIMIT!',
      message: `ones: a tensor of shape [100000, 100000] would have 10,000,000,000 elements; the limit is ${limits.maxElements.toLocaleString('en-US')}`,
    });
    expect(isError(invoke(arange, [0, 1e12]))).toBe(true);
    expect(res(invoke(linspace, [0, 1, 2 ** 25]))).toMatchObject({ error: '#LIMIT!' });
  });
  it('eye is n × m with ones on the diagonal', () =>
    expect(res(invoke(eye, [3, 2]))).toEqual({
      value: [
        [1, 0],
        [0, 1],
        [0, 0],
      ],
      shape: [3, 2],
    }));
  it('arange takes end alone or start, end, step, matching PyTorch bit for bit', () => {
    expect(res(invoke(arange, [3]))).toEqual({ value: [0, 1, 2], shape: [3] });
    expect(res(invoke(arange, [5, 1, -2]))).toEqual({ value: [5, 3], shape: [2] });
    expect(res(invoke(arange, [1, 1.8, 0.1]))).toEqual({ value: [1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.5999999999999999, 1.7], shape: [8] });
    expect(res(invoke(arange, [2, 2]))).toEqual({ value: [], shape: [0] });
  });
  it('arange rejects a zero step and bounds against the step', () => {
    expect(res(invoke(arange, [0, 1, 0]))).toEqual({ error: '#VALUE!', message: 'arange: step must be a nonzero finite number, got 0' });
    expect(res(invoke(arange, [0, 1, -1]))).toEqual({
      error: '#VALUE!',
      message: 'arange: the bounds 0 and 1 are inconsistent with the sign of step -1',
    });
  });
  it('linspace matches PyTorch and rejects negative steps', () => {
    const v = invoke(linspace, [-2, 2, 25]) as Tensor;
    expect([v.data[6], v.data[10], v.data[12], v.data[13]]).toEqual([
      -1.0000000000000002, -0.3333333333333334, 1.1102230246251565e-16, 0.16666666666666677,
    ]);
    expect(res(invoke(linspace, [0, 1, -1]))).toEqual({
      error: '#VALUE!',
      message: 'linspace: number of steps must be non-negative, got -1',
    });
  });
  it('rand is uniform in [0, 1) and reproducible for a seed', () => {
    const a = invoke(rand, [1000], {}, 5) as Tensor;
    expect(Array.from(a.data).every((x) => x >= 0 && x < 1)).toBe(true);
    expect((invoke(rand, [1000], {}, 5) as Tensor).data).toEqual(a.data);
    expect((invoke(rand, [1000], {}, 6) as Tensor).data).not.toEqual(a.data);
  });
  it('randn has mean near 0 and variance near 1', () => {
    const x = (invoke(randn, [20000]) as Tensor).data;
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
  it('*_like take the shape of the input, and ones/zeros/full keep a boolean dtype', () => {
    expect(res(invoke(ones_like, [[[1, 2, 3]]]))).toEqual({ value: [[1, 1, 1]], shape: [1, 3] });
    expect(res(invoke(zeros_like, [7]))).toEqual({ value: 0, shape: [] });
    expect(res(invoke(full_like, [[1, 2], -3]))).toEqual({ value: [-3, -3], shape: [2] });
    expect((invoke(rand_like, [[1, 2, 3]]) as Tensor).shape).toEqual([3]);
    const mask = t([1, 0]).with({ dtype: 'bool' });
    expect((invoke(full_like, [mask, 2]) as Tensor).dtype).toBe('bool');
    expect(res(invoke(randn_like, [mask]))).toEqual({
      error: '#VALUE!',
      message: 'randn_like: cannot fill a boolean tensor with random numbers',
    });
  });
});
