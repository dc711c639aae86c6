import { describe, expect, it } from 'vitest';
import { vjp } from '../autograd';
import { isError } from '../errors';
import { call, run } from '../op';
import { scalar, toNested } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { mul } from './mul';
import { ALL } from './reduce-dims';
import { sum } from './sum';

describe('mul', () => {
  it('multiplies elementwise, IEEE included', () =>
    expect(outcome(call(mul, [t([1, 2, Infinity, 3]), t([3, 4, 0, -Infinity])]))).toEqual({ value: [3, 8, NaN, -Infinity], shape: [4] }));
  it('multiplies 0-D tensors', () => expect(outcome(call(mul, [t(2), t(3)]))).toEqual({ value: 6, shape: [] }));
  it('broadcasts [2, 1] · [3] to [2, 3]', () =>
    expect(outcome(call(mul, [t([[1], [2]]), t([10, 20, 30])]))).toEqual({
      value: [
        [10, 20, 30],
        [20, 40, 60],
      ],
      shape: [2, 3],
    }));
  it('broadcasts a 0-D tensor over the other side', () =>
    expect(outcome(call(mul, [t([1, 2]), t(3)]))).toEqual({ value: [3, 6], shape: [2] }));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(mul, [t([1, 2, 3]), t([1, 2])]))).toEqual({
      error: '#SHAPE!',
      message: 'mul: shapes [3] and [2] do not broadcast',
    }));
  it('gives each side the upstream times the other side, summed back over broadcast dims', () => {
    const a = t(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      true,
    );
    const b = t([1, 2, 3], true);
    const y = must(call(mul, [a, b]));
    expect(y.gradFn).toBe('MulBackward0');
    expect(gradOf(y, [a, b])).toEqual([
      [
        [1, 2, 3],
        [1, 2, 3],
      ],
      [5, 7, 9],
    ]);
    expect(
      gradOf(
        y,
        [a, b],
        t([
          [1, 0, 0],
          [0, 0, 10],
        ]),
      ),
    ).toEqual([
      [
        [1, 0, 0],
        [0, 0, 30],
      ],
      [1, 0, 60],
    ]);
  });
  it('differentiates its own gradient: d²(x·x)/dx² = 2', () => {
    const x = t([3, -1], true);
    const g = vjp(run(sum, [run(mul, [x, x])], ALL), [x], scalar(1));
    if (isError(g)) throw new Error(g.message);
    expect(toNested(g[0])).toEqual([6, -2]);
    expect(gradOf(run(sum, [g[0]], ALL), [x])).toEqual([[2, 2]]);
  });
});
