import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { round } from './round';

const PLAIN = { decimals: null };

describe('round', () => {
  it('rounds halves to even, as torch.round', () =>
    expect(outcome(call(round, [t([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.6])], PLAIN))).toEqual({
      value: [0, 2, 2, -0, -2, -2, 3],
      shape: [7],
    }));
  it('keeps rank 0', () => expect(outcome(call(round, [t(3.5)], PLAIN))).toEqual({ value: 4, shape: [] }));
  it('leaves huge values and the largest double below 0.5 alone', () =>
    expect(Array.from(must(call(round, [t([2 ** 53 + 2, 0.49999999999999994])], PLAIN)).data)).toEqual([2 ** 53 + 2, 0]));
  it('rounds to decimals, positive and negative', () => {
    // 0.35·10 is exactly 3.5 in doubles, which goes to the even 4, as PyTorch's same arithmetic does.
    expect(Array.from(must(call(round, [t([1.25, 0.35])], { decimals: 1 })).data)).toEqual([1.2, 0.4]);
    expect(Array.from(must(call(round, [t([1250, 1351])], { decimals: -2 })).data)).toEqual([1200, 1400]);
  });
  it('has slope 0, named by overload', () => {
    const x = t([0.2, 1.7], true);
    const y = must(call(round, [x], PLAIN));
    expect(gradOf(y, [x])).toEqual([[0, 0]]);
    expect(y.gradFn).toBe('RoundBackward0');
    expect(must(call(round, [x], { decimals: 0 })).gradFn).toBe('RoundBackward1');
  });
});
