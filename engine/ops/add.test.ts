import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { add } from './add';

describe('add', () => {
  it('adds elementwise', () => expect(outcome(call(add, [t([1, 2]), t([10, 20])]))).toEqual({ value: [11, 22], shape: [2] }));
  it('adds 0-D tensors', () => expect(outcome(call(add, [t(1), t(2)]))).toEqual({ value: 3, shape: [] }));
  it('broadcasts [2, 3] + [3]', () =>
    expect(
      outcome(
        call(add, [
          t([
            [1, 2, 3],
            [4, 5, 6],
          ]),
          t([10, 20, 30]),
        ]),
      ),
    ).toEqual({
      value: [
        [11, 22, 33],
        [14, 25, 36],
      ],
      shape: [2, 3],
    }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(add, [t([1, 2, 3]), t([1, 2])]))).toEqual({
      error: '#SHAPE!',
      message: 'add: shapes [3] and [2] do not broadcast',
    }));
  it('sums the gradient back over broadcast dims', () => {
    const a = t(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      true,
    );
    const b = t([1, 1, 1], true);
    const y = call(add, [a, b]);
    if (!('data' in y)) throw new Error('unexpected error');
    expect(gradOf(y, [a, b])).toEqual([
      [
        [1, 1, 1],
        [1, 1, 1],
      ],
      [2, 2, 2],
    ]);
    expect(y.gradFn).toBe('AddBackward0');
  });
});
