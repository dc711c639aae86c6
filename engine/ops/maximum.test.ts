import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { maximum } from './maximum';

describe('maximum', () => {
  it('takes the larger side', () => expect(outcome(call(maximum, [t([1, 5]), t([3, 2])]))).toEqual({ value: [3, 5], shape: [2] }));
  it('works on 0-D tensors', () => expect(outcome(call(maximum, [t(-1), t(-2)]))).toEqual({ value: -1, shape: [] }));
  it('broadcasts [2, 3] with [3]', () =>
    expect(
      outcome(
        call(maximum, [
          t([
            [0, 5, 0],
            [9, 0, 0],
          ]),
          t([1, 2, 3]),
        ]),
      ),
    ).toEqual({
      value: [
        [1, 5, 3],
        [9, 2, 3],
      ],
      shape: [2, 3],
    }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(maximum, [t([1, 2]), t([1, 2, 3])]))).toEqual({
      error: '#SHAPE!',
      message: 'maximum: shapes [2] and [3] do not broadcast',
    }));
  it('propagates NaN from either side', () => expect(Array.from(must(call(maximum, [t([NaN, 1]), t([1, NaN])])).data)).toEqual([NaN, NaN]));
  it('sends the gradient to the larger side and splits it on ties', () => {
    const a = t([1, 5, 2], true);
    const b = t([3, 2, 2], true);
    const y = must(call(maximum, [a, b]));
    expect(gradOf(y, [a, b])).toEqual([
      [0, 1, 0.5],
      [1, 0, 0.5],
    ]);
    expect(y.gradFn).toBe('MaximumBackward0');
  });
});
