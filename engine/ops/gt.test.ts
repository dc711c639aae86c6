import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { gt } from './gt';

describe('gt', () => {
  it('compares elementwise against a broadcast 0-D tensor, giving booleans', () =>
    expect(outcome(call(gt, [t([1, 2, 3]), t(2)]))).toEqual({ value: [false, false, true], shape: [3] }));
  it('works on 0-D tensors', () => expect(outcome(call(gt, [t(2), t(2)]))).toEqual({ value: false, shape: [] }));
  it('broadcasts [2, 1] with [1, 2]', () =>
    expect(outcome(call(gt, [t([[1], [3]]), t([[2, 3]])]))).toEqual({
      value: [
        [false, false],
        [true, false],
      ],
      shape: [2, 2],
    }));
  it('follows IEEE for NaN', () => expect(outcome(call(gt, [t(NaN), t(NaN)]))).toEqual({ value: false, shape: [] }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(gt, [t([1, 2, 3]), t([1, 2])]))).toEqual({ error: '#SHAPE!', message: 'gt: shapes [3] and [2] do not broadcast' }));
  it('has no gradient and no history', () => {
    const y = must(call(gt, [t([1, 2], true), t(1)]));
    expect([y.dtype, y.requiresGrad, y.node]).toEqual(['bool', false, null]);
  });
});
