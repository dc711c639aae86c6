import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { sign } from './sign';

describe('sign', () => {
  it('gives -1, 0 or 1', () => expect(outcome(call(sign, [t([-2, 0, 3, -Infinity])]))).toEqual({ value: [-1, 0, 1, -1], shape: [4] }));
  it('keeps rank 0', () => expect(outcome(call(sign, [t(-0.5)]))).toEqual({ value: -1, shape: [] }));
  it('maps NaN to 0, as PyTorch 2 does', () => expect(must(call(sign, [t(NaN)])).data[0]).toBe(0));
  it('has slope 0 everywhere', () => {
    const x = t([-1, 2], true);
    const y = must(call(sign, [x]));
    expect(gradOf(y, [x])).toEqual([[0, 0]]);
    expect(y.gradFn).toBe('SignBackward0');
  });
});
