import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { sumToDims, sum_to } from './sum_to';

const M = [
  [1, 2],
  [3, 4],
];

describe('sum_to', () => {
  it('sums leading dims away and size-1 dims to 1', () => {
    expect(outcome(call(sum_to, [t(M)], [2]))).toEqual({ value: [4, 6], shape: [2] });
    expect(outcome(call(sum_to, [t(M)], [2, 1]))).toEqual({ value: [[3], [7]], shape: [2, 1] });
    expect(outcome(call(sum_to, [t(M)], [1, 2]))).toEqual({ value: [[4, 6]], shape: [1, 2] });
  });
  it('sums to a 0-D tensor, and leaves a tensor already of the target shape as it is', () => {
    expect(outcome(call(sum_to, [t(M)], []))).toEqual({ value: 10, shape: [] });
    expect(outcome(call(sum_to, [t(M)], [2, 2]))).toEqual({ value: M, shape: [2, 2] });
    expect(outcome(call(sum_to, [t(7)], []))).toEqual({ value: 7, shape: [] });
  });
  it('finds the dims to sum: the extra leading ones and those broadcast from 1', () => {
    expect(sumToDims([4, 2, 3], [2, 1])).toEqual([0, 2]);
    expect(sumToDims([2, 3], [2, 3])).toEqual([]);
    expect(sumToDims([1, 3], [1])).toEqual([0, 1]);
  });
  it('refuses a target the tensor was not broadcast from, naming both shapes', () => {
    expect(outcome(call(sum_to, [t([[1, 2, 3]])], [2, 3]))).toEqual({ error: '#SHAPE!', message: 'sum_to: cannot sum [1, 3] to [2, 3]' });
    expect(outcome(call(sum_to, [t(M)], [3]))).toEqual({ error: '#SHAPE!', message: 'sum_to: cannot sum [2, 2] to [3]' });
  });
  it('broadcasts the upstream back to the input’s shape (the adjoint of expand)', () => {
    const x = t(M, true);
    const y = must(call(sum_to, [x], [2]));
    expect(y.gradFn).toBe('SumBackward1');
    expect(gradOf(y, [x], t([10, 20]))).toEqual([
      [
        [10, 20],
        [10, 20],
      ],
    ]);
    expect(gradOf(must(call(sum_to, [x], [2, 1])), [x], t([[1], [2]]))).toEqual([
      [
        [1, 1],
        [2, 2],
      ],
    ]);
  });
});
