import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { binary_cross_entropy } from './binary_cross_entropy';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('binary_cross_entropy', () => {
  it('is -(y log x + (1 - y) log(1 - x))', () =>
    expect(outcome(call(binary_cross_entropy, [t([0.25, 0.5]), t([1, 0])]))).toEqual({
      value: [1.3862943611198906, 0.6931471805599453],
      shape: [2],
    }));
  it('clamps each log to >= -100, as PyTorch', () =>
    expect(outcome(call(binary_cross_entropy, [t([0, 1]), t([1, 0])]))).toEqual({ value: [100, 100], shape: [2] }));
  it('multiplies by a weight broadcast to the input', () =>
    expect(outcome(call(binary_cross_entropy, [t([[0.5, 0.5]]), t([[1, 0]]), t([2, 0])]))).toEqual({
      value: [[1.3862943611198906, 0]],
      shape: [1, 2],
    }));
  it('takes 0-D tensors', () =>
    expect(outcome(call(binary_cross_entropy, [t(0.5), t(1)]))).toEqual({ value: 0.6931471805599453, shape: [] }));
  it('rejects a target of another shape, naming both', () =>
    expect(outcome(call(binary_cross_entropy, [t([0.5, 0.5, 0.5]), t([1, 0])]))).toEqual({
      error: '#SHAPE!',
      message: 'binary_cross_entropy: target of shape [2] does not match input of shape [3]',
    }));
  it('rejects a weight that does not broadcast to the input', () =>
    expect(outcome(call(binary_cross_entropy, [t([0.5]), t([1]), t([1, 2])]))).toEqual({
      error: '#SHAPE!',
      message: "binary_cross_entropy: weight of shape [2] does not broadcast to the input's shape [1]",
    }));
  it('has (x - y) / (x (1 - x)) as the input gradient, finite at x = 0', () => {
    const x = t([0.5, 0], true);
    const loss = ok(call(binary_cross_entropy, [x, t([1, 1])]));
    expect(loss.gradFn).toBe('BinaryCrossEntropyBackward0');
    expect(gradOf(loss, [x])).toEqual([[-2, -1e12]]);
  });
  it('has log(1 - x) - log(x) as the target gradient, and the loss as the weight gradient', () => {
    const y = t([0.3], true);
    const w = t([2], true);
    const loss = ok(call(binary_cross_entropy, [t([0.25]), y, w]));
    expect(gradOf(loss, [y, w])).toEqual([
      [expect.closeTo(2 * Math.log(3), 14)],
      [expect.closeTo(-(0.3 * Math.log(0.25) + 0.7 * Math.log(0.75)), 14)],
    ]);
  });
});
