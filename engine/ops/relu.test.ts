import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { relu } from './relu';

describe('relu', () => {
  it('zeroes negatives', () => expect(outcome(call(relu, [t([-1, 0, 2])]))).toEqual({ value: [0, 0, 2], shape: [3] }));
  it('keeps rank 0', () => expect(outcome(call(relu, [t(-3)]))).toEqual({ value: 0, shape: [] }));
  it('lets NaN through', () => expect(must(call(relu, [t(NaN)])).data[0]).toBeNaN());
  it("has slope 0 at the kink (not maximum's 0.5)", () => {
    const x = t([-1, 0, 2], true);
    const y = must(call(relu, [x]));
    expect(gradOf(y, [x])).toEqual([[0, 0, 1]]);
    expect(y.gradFn).toBe('ReluBackward0');
  });
  it('passes the upstream through at a NaN input, as threshold_backward does (out <= 0 ? 0 : g)', () => {
    const x = t([NaN, 1, -1], true);
    expect(gradOf(must(call(relu, [x])), [x])).toEqual([[1, 1, 0]]);
  });
});
