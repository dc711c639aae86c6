import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { outcome, t } from '../test-helpers';
import { bools, must } from './elementwise-test-helpers';
import { eq } from './eq';

describe('eq', () => {
  it('compares elementwise, giving booleans', () =>
    expect(outcome(call(eq, [t([1, 2]), t([1, 3])]))).toEqual({ value: [true, false], shape: [2] }));
  it('works on 0-D tensors', () => expect(outcome(call(eq, [t(2), t(2)]))).toEqual({ value: true, shape: [] }));
  it('broadcasts [2, 1] with [3]', () =>
    expect(outcome(call(eq, [t([[1], [2]]), t([1, 2, 3])]))).toEqual({
      value: [
        [true, false, false],
        [false, true, false],
      ],
      shape: [2, 3],
    }));
  it('compares booleans with numbers as 1 and 0; NaN equals nothing', () =>
    expect(outcome(call(eq, [bools([true, false]), t([1, NaN])]))).toEqual({ value: [true, false], shape: [2] }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(eq, [t([1, 2, 3]), t([1, 2])]))).toEqual({ error: '#SHAPE!', message: 'eq: shapes [3] and [2] do not broadcast' }));
  it('has no gradient and no history, even from inputs that require grad', () => {
    const y = must(call(eq, [t([1, 2], true), t(1)]));
    expect([y.dtype, y.requiresGrad, y.node, y.gradFn]).toEqual(['bool', false, null, null]);
  });
});
