import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { floor } from './floor';

describe('floor', () => {
  it('rounds down', () => expect(outcome(call(floor, [t([-1.5, 1.5, 2])]))).toEqual({ value: [-2, 1, 2], shape: [3] }));
  it('keeps rank 0', () => expect(outcome(call(floor, [t(-0.5)]))).toEqual({ value: -1, shape: [] }));
  it('has slope 0', () => {
    const x = t([-1.5, 1.5], true);
    const y = must(call(floor, [x]));
    expect(gradOf(y, [x])).toEqual([[0, 0]]);
    expect(y.gradFn).toBe('FloorBackward0');
  });
});
