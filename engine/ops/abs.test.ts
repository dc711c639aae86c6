import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { abs } from './abs';

describe('abs', () => {
  it('takes absolute values', () => expect(outcome(call(abs, [t([-2, 0, 3])]))).toEqual({ value: [2, 0, 3], shape: [3] }));
  it('keeps rank 0', () => expect(outcome(call(abs, [t(-1.5)]))).toEqual({ value: 1.5, shape: [] }));
  it('has slope sign(x), 0 at the kink as in PyTorch', () => {
    const x = t([-1, 0, 2], true);
    const y = must(call(abs, [x]));
    expect(gradOf(y, [x])).toEqual([[-1, 0, 1]]);
    expect(y.gradFn).toBe('AbsBackward0');
  });
});
