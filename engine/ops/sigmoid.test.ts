import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { sigmoid } from './sigmoid';

describe('sigmoid', () => {
  it('maps to (0, 1) without NaN at the extremes', () =>
    expect(outcome(call(sigmoid, [t([0, -1000, 1000])]))).toEqual({ value: [0.5, 0, 1], shape: [3] }));
  it('keeps rank 0', () => expect(outcome(call(sigmoid, [t(2)]))).toEqual({ value: 0.8807970779778823, shape: [] }));
  it('has slope out·(1 - out), finite at the extremes', () => {
    const x = t([0, -1000, 1000], true);
    const y = must(call(sigmoid, [x]));
    expect(gradOf(y, [x])).toEqual([[0.25, 0, 0]]);
    expect(y.gradFn).toBe('SigmoidBackward0');
  });
});
