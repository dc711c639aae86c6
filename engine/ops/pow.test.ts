import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { scalar } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { pow } from './pow';

describe('pow', () => {
  it('raises elementwise', () =>
    expect(outcome(call(pow, [t([2, 3]), t([3, 0.5])]))).toEqual({ value: [8, 1.7320508075688772], shape: [2] }));
  it('works on 0-D tensors', () => expect(outcome(call(pow, [t(2), t(-1)]))).toEqual({ value: 0.5, shape: [] }));
  it('broadcasts [2, 1] ** [3]', () =>
    expect(outcome(call(pow, [t([[2], [3]]), t([0, 1, 2])]))).toEqual({
      value: [
        [1, 2, 4],
        [1, 3, 9],
      ],
      shape: [2, 3],
    }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(pow, [t([1, 2, 3]), t([1, 2])]))).toEqual({
      error: '#SHAPE!',
      message: 'pow: shapes [3] and [2] do not broadcast',
    }));
  it('follows C where Math.pow does not: 1 ** NaN and (-1) ** inf are 1', () =>
    expect(Array.from(must(call(pow, [t([1, -1, NaN]), t([NaN, Infinity, 0])])).data)).toEqual([1, 1, 1]));
  it('computes a number exponent as PyTorch does (0.5 is sqrt: -0 stays -0, -inf gives NaN)', () =>
    expect(Array.from(must(call(pow, [t([-0, -Infinity, 4]), t(0.5)])).data)).toEqual([-0, NaN, 2]));
  it('computes a tensor exponent with C pow, as PyTorch does', () =>
    expect(Array.from(must(call(pow, [t([-0, -Infinity, 4]), scalar(0.5, true)])).data)).toEqual([0, Infinity, 2]));
  it('has slope b·a^(b-1) in the base and a^b·log(a) in the exponent', () => {
    const a = t([1, 2, 3], true);
    const b = t([2, 1, 0], true);
    const y = must(call(pow, [a, b]));
    const [ga, gb] = gradOf(y, [a, b]) as number[][];
    expect(ga).toEqual([2, 1, 0]);
    expect(gb).toEqual([0, 2 * Math.log(2), Math.log(3)]);
    expect(y.gradFn).toBe('PowBackward1');
  });
  it('masks as PyTorch: d/dx x**0 is 0 at x = 0, and d/dexponent is 0 where the base is 0', () => {
    const a = t([0, 0], true);
    const b = t([0, 2], true);
    expect(gradOf(must(call(pow, [a, b])), [a, b])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
  it('names the node by overload: number exponent 0, tensors 1, number base 2', () => {
    const x = t([1, 2], true);
    expect(must(call(pow, [x, scalar(2)])).gradFn).toBe('PowBackward0');
    expect(must(call(pow, [x, x])).gradFn).toBe('PowBackward1');
    expect(must(call(pow, [scalar(2), x])).gradFn).toBe('PowBackward2');
    expect(must(call(pow, [x, scalar(2, true)])).gradFn).toBe('PowBackward1');
  });
});
