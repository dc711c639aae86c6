import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { cumsum } from './cumsum';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('cumsum', () => {
  it('accumulates along a dim', () => expect(outcome(call(cumsum, [t([1, 2, 3])], { dim: 0 }))).toEqual({ value: [1, 3, 6], shape: [3] }));
  it('accumulates down the rows with dim 0', () =>
    expect(
      outcome(
        call(
          cumsum,
          [
            t([
              [1, 2],
              [3, 4],
            ]),
          ],
          { dim: 0 },
        ),
      ),
    ).toEqual({
      value: [
        [1, 2],
        [4, 6],
      ],
      shape: [2, 2],
    }));
  it('accumulates from the end when reversed (its own adjoint)', () =>
    expect(outcome(call(cumsum, [t([[1, 2, 3]])], { dim: -1, reverse: true }))).toEqual({ value: [[6, 5, 3]], shape: [1, 3] }));
  it('leaves a 0-D tensor as it is', () => expect(outcome(call(cumsum, [t(4)], { dim: 0 }))).toEqual({ value: 4, shape: [] }));
  it('rejects a dim out of range', () =>
    expect(outcome(call(cumsum, [t([1, 2])], { dim: 1 }))).toEqual({
      error: '#VALUE!',
      message: 'cumsum: dim 1 is out of range for a tensor of rank 1',
    }));
  it('has the reversed running sum of the upstream as its gradient', () => {
    const x = t([1, 2, 3], true);
    const y = ok(call(cumsum, [x], { dim: 0 }));
    expect(y.gradFn).toBe('CumsumBackward0');
    expect(gradOf(y, [x], t([1, 10, 100]))).toEqual([[111, 110, 100]]);
  });
});
