import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { log1p } from './log1p';

describe('log1p', () => {
  it('keeps the digits of tiny x that log(1 + x) loses', () =>
    expect(outcome(call(log1p, [t([1e-20, 1])]))).toEqual({ value: [1e-20, 0.6931471805599453], shape: [2] }));
  it('keeps rank 0', () => expect(outcome(call(log1p, [t(0)]))).toEqual({ value: 0, shape: [] }));
  it('gives -inf at -1', () => expect(must(call(log1p, [t(-1)])).data[0]).toBe(-Infinity));
  it('has slope 1/(1 + x)', () => {
    const x = t([0, 1, 3], true);
    const y = must(call(log1p, [x]));
    expect(gradOf(y, [x])).toEqual([[1, 0.5, 0.25]]);
    expect(y.gradFn).toBe('Log1PBackward0');
  });
});
