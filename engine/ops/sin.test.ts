import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { sin } from './sin';

describe('sin', () => {
  it('takes the sine', () => expect(outcome(call(sin, [t([0, Math.PI / 2])]))).toEqual({ value: [0, 1], shape: [2] }));
  it('keeps rank 0', () => expect(outcome(call(sin, [t(0)]))).toEqual({ value: 0, shape: [] }));
  it('has slope cos(x)', () => {
    const x = t([0, Math.PI], true);
    const y = must(call(sin, [x]));
    expect(gradOf(y, [x])).toEqual([[1, -1]]);
    expect(y.gradFn).toBe('SinBackward0');
  });
});
