import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { log } from './log';

describe('log', () => {
  it('takes the natural logarithm', () => expect(outcome(call(log, [t([1, 2.718281828459045])]))).toEqual({ value: [0, 1], shape: [2] }));
  it('keeps rank 0', () => expect(outcome(call(log, [t(1)]))).toEqual({ value: 0, shape: [] }));
  it('gives -inf at 0 and NaN for negatives, as PyTorch', () =>
    expect(Array.from(must(call(log, [t([0, -1])])).data)).toEqual([-Infinity, NaN]));
  it('has slope 1/x', () => {
    const x = t([2, 4], true);
    const y = must(call(log, [x]));
    expect(gradOf(y, [x])).toEqual([[0.5, 0.25]]);
    expect(y.gradFn).toBe('LogBackward0');
  });
});
