import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { ceil } from './ceil';

describe('ceil', () => {
  it('rounds up', () => expect(outcome(call(ceil, [t([-1.5, 1.5, 2])]))).toEqual({ value: [-1, 2, 2], shape: [3] }));
  it('keeps rank 0, and the sign of a negative zero', () => expect(outcome(call(ceil, [t(-0.5)]))).toEqual({ value: -0, shape: [] }));
  it('has slope 0', () => {
    const x = t([-1.5, 1.5], true);
    const y = must(call(ceil, [x]));
    expect(gradOf(y, [x])).toEqual([[0, 0]]);
    expect(y.gradFn).toBe('CeilBackward0');
  });
});
