import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { smooth_l1_loss } from './smooth_l1_loss';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('smooth_l1_loss', () => {
  it('is quadratic below beta and linear above', () =>
    expect(outcome(call(smooth_l1_loss, [t([0.5, 3, -2]), t([0, 0, 0])], { beta: 1 }))).toEqual({ value: [0.125, 2.5, 1.5], shape: [3] }));
  it('broadcasts the target', () =>
    expect(
      outcome(
        call(
          smooth_l1_loss,
          [
            t([
              [1, 2],
              [3, 4],
            ]),
            t([1, 0]),
          ],
          { beta: 2 },
        ),
      ),
    ).toEqual({
      value: [
        [0, 1],
        [1, 3],
      ],
      shape: [2, 2],
    }));
  it('takes 0-D tensors', () => expect(outcome(call(smooth_l1_loss, [t(1), t(0.5)], { beta: 1 }))).toEqual({ value: 0.125, shape: [] }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(smooth_l1_loss, [t([1, 2, 3]), t([1, 2])], { beta: 1 }))).toEqual({
      error: '#SHAPE!',
      message: 'smooth_l1_loss: shapes [3] and [2] do not broadcast',
    }));
  it('has slope d / beta inside and sign(d) outside; the target gets the opposite', () => {
    const x = t([0.5, 3, -2], true);
    const y = t([0, 0, 0], true);
    const loss = ok(call(smooth_l1_loss, [x, y], { beta: 1 }));
    expect(loss.gradFn).toBe('SmoothL1LossBackward0');
    expect(gradOf(loss, [x, y])).toEqual([
      [0.5, 1, -1],
      [-0.5, -1, 1],
    ]);
  });
});
