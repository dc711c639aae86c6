import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { bools, must } from './elementwise-test-helpers';
import { exp } from './exp';

describe('exp', () => {
  it('raises e to each element', () => expect(outcome(call(exp, [t([0, 1])]))).toEqual({ value: [1, 2.718281828459045], shape: [2] }));
  it('keeps rank 0', () => expect(outcome(call(exp, [t(0)]))).toEqual({ value: 1, shape: [] }));
  it('reads booleans as 1 and 0 and returns float64', () => {
    const y = must(call(exp, [bools([true, false])]));
    expect([y.dtype, Array.from(y.data)]).toEqual(['float64', [2.718281828459045, 1]]);
  });
  it('overflows to inf and records exp as the origin', () => {
    const y = must(call(exp, [t(1000)]));
    expect([y.data[0], y.nonfinite?.op]).toEqual([Infinity, 'exp']);
  });
  it('has slope exp(x)', () => {
    const x = t([0, 1], true);
    const y = must(call(exp, [x]));
    expect(gradOf(y, [x])).toEqual([[1, 2.718281828459045]]);
    expect(y.gradFn).toBe('ExpBackward0');
  });
});
