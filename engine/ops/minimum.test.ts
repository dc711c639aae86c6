import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { minimum } from './minimum';

describe('minimum', () => {
  it('takes the smaller side', () => expect(outcome(call(minimum, [t([1, 5]), t([3, 2])]))).toEqual({ value: [1, 2], shape: [2] }));
  it('works on 0-D tensors', () => expect(outcome(call(minimum, [t(-1), t(-2)]))).toEqual({ value: -2, shape: [] }));
  it('broadcasts [2, 1] with [1, 2]', () =>
    expect(outcome(call(minimum, [t([[0], [9]]), t([[1, -1]])]))).toEqual({
      value: [
        [0, -1],
        [1, -1],
      ],
      shape: [2, 2],
    }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(minimum, [t([1, 2]), t([1, 2, 3])]))).toEqual({
      error: '#SHAPE!',
      message: 'minimum: shapes [2] and [3] do not broadcast',
    }));
  it('propagates NaN from either side', () => expect(Array.from(must(call(minimum, [t([NaN, 1]), t([1, NaN])])).data)).toEqual([NaN, NaN]));
  it('sends the gradient to the smaller side and splits it on ties, summing over broadcast dims', () => {
    const a = t([1, 5, 2], true);
    const b = t(2, true);
    const y = must(call(minimum, [a, b]));
    expect(gradOf(y, [a, b])).toEqual([[1, 0, 0.5], 1.5]);
    expect(y.gradFn).toBe('MinimumBackward0');
  });
});
