import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { log_softmax } from './log_softmax';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('log_softmax', () => {
  it("matches PyTorch's float64 values to the last bit", () =>
    expect(
      outcome(
        call(
          log_softmax,
          [
            t([
              [2.0, 1.0, 0.1],
              [0.5, 2.5, -1.0],
            ]),
          ],
          { dims: [-1] },
        ),
      ),
    ).toEqual({
      value: [
        [-0.41703001627783354, -1.4170300162778335, -2.3170300162778332],
        [-2.1531782071222882, -0.15317820712228827, -3.6531782071222882],
      ],
      shape: [2, 3],
    }));
  it('stays finite where softmax underflows to 0', () =>
    expect(outcome(call(log_softmax, [t([0, -1000])], { dims: [0] }))).toEqual({ value: [0, -1000], shape: [2] }));
  it('gives 0 for a 0-D tensor', () => expect(outcome(call(log_softmax, [t(3)], { dims: [0] }))).toEqual({ value: 0, shape: [] }));
  it('rejects a dim out of range', () =>
    expect(outcome(call(log_softmax, [t([[1, 2]])], { dims: [-3] }))).toEqual({
      error: '#VALUE!',
      message: 'log_softmax: dim -3 is out of range for a tensor of rank 2',
    }));
  it('differentiates as g - softmax · sum(g)', () => {
    const x = t([0, 0], true);
    const y = ok(call(log_softmax, [x], { dims: [0] }));
    expect(y.gradFn).toBe('LogSoftmaxBackward0');
    expect(gradOf(y, [x], t([1, 0]))).toEqual([[0.5, -0.5]]);
  });
});
