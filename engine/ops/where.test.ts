import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { bools, must } from './elementwise-test-helpers';
import { where } from './where';

describe('where', () => {
  it('picks by a boolean condition', () =>
    expect(outcome(call(where, [bools([true, false]), t([1, 2]), t([10, 20])]))).toEqual({ value: [1, 20], shape: [2] }));
  it('reads a number condition as nonzero = true (NaN is nonzero)', () =>
    expect(outcome(call(where, [t([0, -2, NaN]), t([1, 2, 3]), t(0)]))).toEqual({ value: [0, 2, 3], shape: [3] }));
  it('works on 0-D tensors', () => expect(outcome(call(where, [bools(false), t(1), t(2)]))).toEqual({ value: 2, shape: [] }));
  it('broadcasts all three', () =>
    expect(outcome(call(where, [bools([[true], [false]]), t([1, 2]), t(0)]))).toEqual({
      value: [
        [1, 2],
        [0, 0],
      ],
      shape: [2, 2],
    }));
  it('keeps two boolean sides boolean', () => {
    const y = must(call(where, [bools([true, false]), bools([true, true]), bools([false, false])]));
    expect([y.dtype, outcome(y)]).toEqual(['bool', { value: [true, false], shape: [2] }]);
  });
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(where, [bools([true, false]), t([1, 2, 3]), t(0)]))).toEqual({
      error: '#SHAPE!',
      message: 'where: shapes [2] and [3] do not broadcast',
    }));
  it('sends the gradient to the side that was picked', () => {
    const a = t([1, 2, 3], true);
    const b = t(0, true);
    const y = must(call(where, [bools([true, false, true]), a, b]));
    expect(gradOf(y, [a, b])).toEqual([[1, 0, 1], 1]);
    expect(y.gradFn).toBe('WhereBackward0');
  });
});
