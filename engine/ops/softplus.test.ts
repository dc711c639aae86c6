import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { softplus } from './softplus';

const DEFAULT = { beta: 1, threshold: 20 };

describe('softplus', () => {
  it('is log(1 + e^x), and x past the threshold', () =>
    expect(outcome(call(softplus, [t([0, 30, -1000])], DEFAULT))).toEqual({ value: [0.6931471805599453, 30, 0], shape: [3] }));
  it('keeps rank 0', () => expect(outcome(call(softplus, [t(0)], DEFAULT))).toEqual({ value: 0.6931471805599453, shape: [] }));
  it('divides by beta and applies the threshold to beta·x', () => {
    const y = must(call(softplus, [t([1, 2])], { beta: 2, threshold: 3 }));
    expect(y.data[0]).toBeCloseTo(1.0634640055214862, 15);
    expect(y.data[1]).toBe(2);
  });
  it('has slope sigmoid(beta·x), and 1 past the threshold', () => {
    const x = t([0, 30, -1000], true);
    const y = must(call(softplus, [x], DEFAULT));
    expect(gradOf(y, [x])).toEqual([[0.5, 1, 0]]);
    expect(y.gradFn).toBe('SoftplusBackward0');
  });
});
