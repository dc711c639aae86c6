import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { leaky_relu } from './leaky_relu';

describe('leaky_relu', () => {
  it('scales negatives by the slope', () =>
    expect(outcome(call(leaky_relu, [t([-1, 0, 2])], { slope: 0.01 }))).toEqual({ value: [-0.01, 0, 2], shape: [3] }));
  it('keeps rank 0', () => expect(outcome(call(leaky_relu, [t(-2)], { slope: 0.25 }))).toEqual({ value: -0.5, shape: [] }));
  it('has slope 1 above 0 and negative_slope at and below 0', () => {
    const x = t([-1, 0, 2], true);
    const y = must(call(leaky_relu, [x], { slope: 0.2 }));
    expect(gradOf(y, [x])).toEqual([[0.2, 0.2, 1]]);
    expect(y.gradFn).toBe('LeakyReluBackward0');
  });
});
