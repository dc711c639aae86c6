import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { gelu } from './gelu';

const EXACT = { approximate: 'none' } as const;
const TANH = { approximate: 'tanh' } as const;

describe('gelu', () => {
  it("is x·Φ(x) with erf (approximate='none')", () => {
    const y = must(call(gelu, [t([0, 1, -1, -3])], EXACT));
    // References from mpmath at 30 digits. PyTorch's formula x·0.5·(1 + erf(x/√2)) rounds in 1 + erf
    // and cancels for negative x, so it is good to an absolute 1e-16 or so, not to the last bit.
    const want = [0, 0.8413447460685429, -0.15865525393145705, -0.0040496940948902836];
    want.forEach((w, i) => expect(Math.abs(y.data[i] - w)).toBeLessThanOrEqual(2.3e-16));
  });
  it('keeps rank 0', () => expect(outcome(call(gelu, [t(0)], EXACT))).toEqual({ value: 0, shape: [] }));
  it("uses the tanh form with approximate='tanh'", () =>
    expect(must(call(gelu, [t(1)], TANH)).data[0]).toBeCloseTo(0.8411919906082767, 15));
  it('has slope Φ(x) + x·φ(x)', () => {
    const x = t([0, 1], true);
    const y = must(call(gelu, [x], EXACT));
    const [g] = gradOf(y, [x]) as number[][];
    expect(g[0]).toBe(0.5);
    expect(g[1]).toBeCloseTo(1.0833154705876863, 15);
    expect(y.gradFn).toBe('GeluBackward0');
  });
  it('has the tanh form’s own slope', () => {
    const x = t([0], true);
    expect(gradOf(must(call(gelu, [x], TANH)), [x])).toEqual([[0.5]]);
  });
});
