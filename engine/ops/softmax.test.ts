import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { softmax } from './softmax';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('softmax', () => {
  it("matches PyTorch's float64 values to the last bit", () =>
    expect(
      outcome(
        call(
          softmax,
          [
            t([
              [2.0, 1.0, 0.1],
              [0.5, 2.5, -1.0],
            ]),
          ],
          { dims: [1] },
        ),
      ),
    ).toEqual({
      value: [
        [0.6590011388859679, 0.24243297070471392, 0.09856589040931818],
        [0.11611453467414115, 0.8579768106084571, 0.025908654717401523],
      ],
      shape: [2, 3],
    }));
  it('is stable for large inputs', () =>
    expect(outcome(call(softmax, [t([1000, 1000])], { dims: [0] }))).toEqual({ value: [0.5, 0.5], shape: [2] }));
  it('normalises over several dims', () =>
    expect(
      outcome(
        call(
          softmax,
          [
            t([
              [0, 0],
              [0, 0],
            ]),
          ],
          { dims: [0, 1] },
        ),
      ),
    ).toEqual({
      value: [
        [0.25, 0.25],
        [0.25, 0.25],
      ],
      shape: [2, 2],
    }));
  it('gives 1 for a 0-D tensor', () => expect(outcome(call(softmax, [t(3)], { dims: [-1] }))).toEqual({ value: 1, shape: [] }));
  it('rejects a dim out of range', () =>
    expect(outcome(call(softmax, [t([1, 2])], { dims: [2] }))).toEqual({
      error: '#VALUE!',
      message: 'softmax: dim 2 is out of range for a tensor of rank 1',
    }));
  it('differentiates as y (g - sum(g y))', () => {
    const x = t([0, 0], true);
    const y = ok(call(softmax, [x], { dims: [0] }));
    expect(y.gradFn).toBe('SoftmaxBackward0');
    expect(gradOf(y, [x], t([1, 0]))).toEqual([[0.25, -0.25]]);
  });
});
