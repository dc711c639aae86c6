import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { sqrt } from './sqrt';

describe('sqrt', () => {
  it('takes square roots', () => expect(outcome(call(sqrt, [t([4, 9])]))).toEqual({ value: [2, 3], shape: [2] }));
  it('keeps rank 0', () => expect(outcome(call(sqrt, [t(0.25)]))).toEqual({ value: 0.5, shape: [] }));
  it('gives NaN for negatives', () => expect(must(call(sqrt, [t(-1)])).data[0]).toBeNaN());
  it('has slope 1/(2 sqrt x), infinite at 0', () => {
    const x = t([0, 1, 4], true);
    const y = must(call(sqrt, [x]));
    expect(gradOf(y, [x])).toEqual([[Infinity, 0.5, 0.25]]);
    expect(y.gradFn).toBe('SqrtBackward0');
  });
});
