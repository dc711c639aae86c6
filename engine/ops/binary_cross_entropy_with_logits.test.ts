import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor, scalar } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { binary_cross_entropy_with_logits as bcel } from './binary_cross_entropy_with_logits';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};
const one = scalar(1);
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

describe('binary_cross_entropy_with_logits', () => {
  it('is binary cross entropy of sigmoid(x)', () =>
    expect(outcome(call(bcel, [t([2, -1, 0.5]), t([1, 0, 0.3]), one, one]))).toEqual({
      value: [expect.closeTo(0.1269280110429725, 15), expect.closeTo(0.3132616875182228, 15), expect.closeTo(0.8240769841801067, 15)],
      shape: [3],
    }));
  it('is stable for large logits', () =>
    expect(outcome(call(bcel, [t([-1000, 1000, 1000]), t([0, 1, 0]), one, one]))).toEqual({ value: [0, 0, 1000], shape: [3] }));
  it('weights the positive term by pos_weight and the whole by weight', () =>
    expect(outcome(call(bcel, [t([0, 0]), t([1, 1]), t([1, 3]), t([2, 1])]))).toEqual({
      value: [2 * Math.LN2, 3 * Math.LN2],
      shape: [2],
    }));
  it('takes 0-D tensors', () => expect(outcome(call(bcel, [t(0), t(0), one, one]))).toEqual({ value: Math.LN2, shape: [] }));
  it('rejects a target of another shape, naming both', () =>
    expect(outcome(call(bcel, [t([1, 2]), t([1, 0, 1]), one, one]))).toEqual({
      error: '#SHAPE!',
      message: 'binary_cross_entropy_with_logits: target of shape [3] does not match input of shape [2]',
    }));
  it('rejects a pos_weight that does not broadcast to the input', () =>
    expect(outcome(call(bcel, [t([1, 2]), t([1, 0]), one, t([1, 2, 3])]))).toEqual({
      error: '#SHAPE!',
      message: "binary_cross_entropy_with_logits: pos_weight of shape [3] does not broadcast to the input's shape [2]",
    }));
  it('has sigmoid(x) - y as the logit gradient', () => {
    const x = t([0.5, -2], true);
    const loss = ok(call(bcel, [x, t([1, 0]), one, one]));
    expect(loss.gradFn).toBe('BinaryCrossEntropyWithLogitsBackward0');
    expect(gradOf(loss, [x])).toEqual([[expect.closeTo(sigmoid(0.5) - 1, 15), expect.closeTo(sigmoid(-2), 15)]]);
  });
  it('differentiates the target, weight and pos_weight too', () => {
    const [x, y, w, pw] = [0.5, 0.3, 1.5, 2];
    const logSigmoid = Math.log(sigmoid(x));
    const args = [t([x]), t([y], true), t([w], true), t([pw], true)];
    const grads = gradOf(ok(call(bcel, args)), args.slice(1));
    expect(grads).toEqual([
      [expect.closeTo(w * (-x - (pw - 1) * logSigmoid), 14)],
      [expect.closeTo((1 - y) * x - (1 + (pw - 1) * y) * logSigmoid, 14)],
      [expect.closeTo(-w * y * logSigmoid, 14)],
    ]);
  });
});
