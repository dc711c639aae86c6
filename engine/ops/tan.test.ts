import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { tan } from './tan';

describe('tan', () => {
  it('takes the tangent', () => expect(outcome(call(tan, [t([0, -0.5])]))).toEqual({ value: [0, -0.5463024898437905], shape: [2] }));
  it('keeps rank 0', () => expect(outcome(call(tan, [t(0)]))).toEqual({ value: 0, shape: [] }));
  it('has slope 1 + tan²(x)', () => {
    const x = t([0, 0.5], true);
    const y = must(call(tan, [x]));
    const [g] = gradOf(y, [x]) as number[][];
    expect(g[0]).toBe(1);
    expect(g[1]).toBeCloseTo(1.2984464104095248, 15);
    expect(y.gradFn).toBe('TanBackward0');
  });
});
