import { describe, expect, it } from 'vitest';
import { vjp } from '../autograd';
import { isError } from '../errors';
import { call, run } from '../op';
import { scalar } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { div } from './div';
import { must } from './elementwise-test-helpers';

describe('div', () => {
  it('divides elementwise as true division: 1/0 is inf, 0/0 NaN', () =>
    expect(outcome(call(div, [t([1, 2, 1, -1, 0]), t([4, 8, 0, 0, 0])]))).toEqual({
      value: [0.25, 0.25, Infinity, -Infinity, NaN],
      shape: [5],
    }));
  it('divides 0-D tensors', () => expect(outcome(call(div, [t(1), t(4)]))).toEqual({ value: 0.25, shape: [] }));
  it('broadcasts [2, 1] / [3] to [2, 3], keeping the order of the operands', () =>
    expect(outcome(call(div, [t([[1], [2]]), t([1, 2, 4])]))).toEqual({
      value: [
        [1, 0.5, 0.25],
        [2, 1, 0.5],
      ],
      shape: [2, 3],
    }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(div, [t([1, 2]), t([1, 2, 3])]))).toEqual({
      error: '#SHAPE!',
      message: 'div: shapes [2] and [3] do not broadcast',
    }));
  it('has gradients 1/b and -a/b²', () => {
    const a = t([1, 2], true);
    const b = t([4, 8], true);
    const y = must(call(div, [a, b]));
    expect(y.gradFn).toBe('DivBackward0');
    expect(gradOf(y, [a, b])).toEqual([
      [0.25, 0.125],
      [-0.0625, -0.03125],
    ]);
  });
  it('sums both gradients back over broadcast dims', () => {
    const a = t([[1], [2]], true);
    const b = t([1, 2, 4], true);
    expect(gradOf(must(call(div, [a, b])), [a, b])).toEqual([
      [[1.75], [1.75]],
      [-3, -0.75, -0.1875],
    ]);
  });
  it('differentiates its own gradient: d²(1/b)/db² = 2/b³', () => {
    const b = t([2, -1], true);
    const g = vjp(run(div, [t([1, 1]), b]), [b], t([1, 1]));
    if (isError(g)) throw new Error(g.message);
    expect(gradOf(g[0], [b])).toEqual([[0.25, -2]]);
  });
  it('divides the upstream by a constant divisor', () => {
    const a = t([3], true);
    const g = vjp(run(div, [a, scalar(2)]), [a], t([1]));
    expect(isError(g) ? g : g.map((x) => [...x.data])).toEqual([[0.5]]);
  });
});
