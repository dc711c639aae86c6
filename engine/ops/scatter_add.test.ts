import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { scatter_add } from './scatter_add';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('scatter_add', () => {
  it('adds src into the input at the indexed positions, summing repeats', () =>
    expect(outcome(call(scatter_add, [t([1, 1, 1]), t([2, 2, 0]), t([1, 5, 10])], { dim: 0 }))).toEqual({ value: [11, 1, 7], shape: [3] }));
  it('scatters along dim 1', () =>
    expect(
      outcome(
        call(
          scatter_add,
          [
            t([
              [0, 0],
              [0, 0],
            ]),
            t([[1], [0]]),
            t([[3], [4]]),
          ],
          { dim: 1 },
        ),
      ),
    ).toEqual({
      value: [
        [0, 3],
        [4, 0],
      ],
      shape: [2, 2],
    }));
  it('scatters into a 0-D tensor', () =>
    expect(outcome(call(scatter_add, [t(1), t(0), t(2)], { dim: 0 }))).toEqual({ value: 3, shape: [] }));
  it('rejects a src of another shape than index', () =>
    expect(outcome(call(scatter_add, [t([0, 0]), t([0]), t([1, 2])], { dim: 0 }))).toEqual({
      error: '#SHAPE!',
      message: 'scatter_add: src of shape [2] must have the shape of index, [1]',
    }));
  it('passes the gradient through to the input and gathers it for src', () => {
    const base = t([1, 1, 1], true);
    const src = t([1, 5], true);
    const y = ok(call(scatter_add, [base, t([2, 0]), src], { dim: 0 }));
    expect(y.gradFn).toBe('ScatterAddBackward0');
    expect(gradOf(y, [base, src], t([1, 10, 100]))).toEqual([
      [1, 10, 100],
      [100, 1],
    ]);
  });
});
