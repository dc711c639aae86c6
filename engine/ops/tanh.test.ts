import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { tanh } from './tanh';

describe('tanh', () => {
  it('saturates to ±1 without overflowing', () =>
    expect(outcome(call(tanh, [t([0, 1000, -1000])]))).toEqual({ value: [0, 1, -1], shape: [3] }));
  it('keeps rank 0', () => expect(outcome(call(tanh, [t(0.5)]))).toEqual({ value: 0.46211715726000974, shape: [] }));
  it('has slope 1 - tanh², exactly 0 where it saturates', () => {
    const x = t([0, 1000], true);
    const y = must(call(tanh, [x]));
    expect(gradOf(y, [x])).toEqual([[1, 0]]);
    expect(y.gradFn).toBe('TanhBackward0');
  });
});
