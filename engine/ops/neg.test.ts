import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { neg } from './neg';

describe('neg', () => {
  it('negates elementwise, infinities and NaN included', () =>
    expect(outcome(call(neg, [t([1, -2.5, Infinity, NaN])]))).toEqual({ value: [-1, 2.5, -Infinity, NaN], shape: [4] }));
  it('flips the sign of zero, as IEEE negation does', () => expect(Object.is(must(call(neg, [t(0)])).data[0], -0)).toBe(true));
  it('keeps rank 0 and any shape', () => {
    expect(outcome(call(neg, [t(3)]))).toEqual({ value: -3, shape: [] });
    expect(
      outcome(
        call(neg, [
          t([
            [1, 2],
            [3, 4],
          ]),
        ]),
      ),
    ).toEqual({
      value: [
        [-1, -2],
        [-3, -4],
      ],
      shape: [2, 2],
    });
  });
  it('has gradient -1 times the upstream', () => {
    const x = t(
      [
        [1, 2],
        [3, 4],
      ],
      true,
    );
    const y = must(call(neg, [x]));
    expect(y.gradFn).toBe('NegBackward0');
    expect(
      gradOf(
        y,
        [x],
        t([
          [1, 2],
          [-3, 0.5],
        ]),
      ),
    ).toEqual([
      [
        [-1, -2],
        [3, -0.5],
      ],
    ]);
  });
});
