import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { sub } from './sub';

describe('sub', () => {
  it('subtracts elementwise, IEEE included', () =>
    expect(outcome(call(sub, [t([5, 7, Infinity]), t([1, 9, Infinity])]))).toEqual({ value: [4, -2, NaN], shape: [3] }));
  it('subtracts 0-D tensors', () => expect(outcome(call(sub, [t(2), t(5)]))).toEqual({ value: -3, shape: [] }));
  it('broadcasts [2, 1] − [3] to [2, 3], keeping the order of the operands', () =>
    expect(outcome(call(sub, [t([[1], [2]]), t([10, 20, 30])]))).toEqual({
      value: [
        [-9, -19, -29],
        [-8, -18, -28],
      ],
      shape: [2, 3],
    }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(
      outcome(
        call(sub, [
          t([
            [1, 2],
            [3, 4],
          ]),
          t([1, 2, 3]),
        ]),
      ),
    ).toEqual({ error: '#SHAPE!', message: 'sub: shapes [2, 2] and [3] do not broadcast' }));
  it('passes the upstream to the left side and its negation to the right, summed back over broadcast dims', () => {
    const a = t(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      true,
    );
    const b = t([1, 1, 1], true);
    const y = must(call(sub, [a, b]));
    expect(y.gradFn).toBe('SubBackward0');
    expect(
      gradOf(
        y,
        [a, b],
        t([
          [1, 2, 3],
          [10, 20, 30],
        ]),
      ),
    ).toEqual([
      [
        [1, 2, 3],
        [10, 20, 30],
      ],
      [-11, -22, -33],
    ]);
  });
  it('gives the right side its gradient when only it is asked for', () => {
    const b = t(4, true);
    expect(gradOf(must(call(sub, [t([1, 2]), b])), [b])).toEqual([-2]);
  });
});
