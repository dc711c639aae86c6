import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { cos } from './cos';

describe('cos', () => {
  it('takes the cosine', () => expect(outcome(call(cos, [t([0, Math.PI])]))).toEqual({ value: [1, -1], shape: [2] }));
  it('keeps rank 0', () => expect(outcome(call(cos, [t(0)]))).toEqual({ value: 1, shape: [] }));
  it('has slope -sin(x)', () => {
    const x = t([Math.PI / 2, -Math.PI / 2], true);
    const y = must(call(cos, [x]));
    expect(gradOf(y, [x])).toEqual([[-1, 1]]);
    expect(y.gradFn).toBe('CosBackward0');
  });
});
