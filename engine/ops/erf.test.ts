import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { erf } from './erf';

describe('erf', () => {
  it('is odd and saturates at ±1', () => expect(outcome(call(erf, [t([0, 30, -30])]))).toEqual({ value: [0, 1, -1], shape: [3] }));
  it('keeps rank 0', () => expect(outcome(call(erf, [t(0)]))).toEqual({ value: 0, shape: [] }));
  it('matches the error function to the last digit or so in each of its three ranges', () => {
    // References from mpmath at 30 digits.
    const y = must(call(erf, [t([0.1, 0.5, -2, 5])]));
    const want = [0.1124629160182849, 0.5204998778130465, -0.9953222650189527, 0.9999999999984626];
    want.forEach((w, i) => expect(Math.abs(y.data[i] - w)).toBeLessThanOrEqual(2.3e-16 * Math.abs(w)));
  });
  it('passes NaN through', () => expect(must(call(erf, [t(NaN)])).data[0]).toBeNaN());
  it('has slope 2/sqrt(pi)·exp(-x²)', () => {
    const x = t([0], true);
    const y = must(call(erf, [x]));
    expect(gradOf(y, [x])).toEqual([[1.1283791670955126]]);
    expect(y.gradFn).toBe('ErfBackward0');
  });
});
