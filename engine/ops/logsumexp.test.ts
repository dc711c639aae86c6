import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { logsumexp } from './logsumexp';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};
const all = { dims: null, keepdim: false };

describe('logsumexp', () => {
  it('reduces every dim by default', () =>
    expect(outcome(call(logsumexp, [t([0, 0])], all))).toEqual({ value: 0.6931471805599453, shape: [] }));
  it('is stable for large inputs', () =>
    expect(outcome(call(logsumexp, [t([1000, 1000])], all))).toEqual({ value: 1000.6931471805599, shape: [] }));
  it('handles infinities as PyTorch does', () => {
    expect(outcome(call(logsumexp, [t([-Infinity, -Infinity])], all))).toEqual({ value: -Infinity, shape: [] });
    expect(outcome(call(logsumexp, [t([Infinity, 1])], all))).toEqual({ value: Infinity, shape: [] });
  });
  it('reduces a dim, keeping it', () =>
    expect(
      outcome(
        call(
          logsumexp,
          [
            t([
              [0, 0],
              [1, 1],
            ]),
          ],
          { dims: [1], keepdim: true },
        ),
      ),
    ).toEqual({ value: [[0.6931471805599453], [1.6931471805599454]], shape: [2, 1] }));
  it('takes a 0-D tensor as itself', () => expect(outcome(call(logsumexp, [t(2.5)], all))).toEqual({ value: 2.5, shape: [] }));
  it('rejects a dim out of range', () =>
    expect(outcome(call(logsumexp, [t([1, 2])], { dims: [3], keepdim: false }))).toEqual({
      error: '#VALUE!',
      message: 'logsumexp: dim 3 is out of range for a tensor of rank 1',
    }));
  it('has softmax as its gradient', () => {
    const x = t(
      [
        [0, 0],
        [5, 5],
      ],
      true,
    );
    const y = ok(call(logsumexp, [x], { dims: [1], keepdim: false }));
    expect(y.gradFn).toBe('LogsumexpBackward0');
    expect(gradOf(y, [x], t([1, 4]))).toEqual([
      [
        [0.5, 0.5],
        [expect.closeTo(2, 14), expect.closeTo(2, 14)],
      ],
    ]);
  });
});
