import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { linalg_vector_norm } from './linalg_vector_norm';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};
const norm = (x: Tensor, ord = 2, dims: number[] | null = null, keepdim = false) => call(linalg_vector_norm, [x], { ord, dims, keepdim });
const gradNorm = (values: number[], ord: number) => {
  const x = t(values, true);
  return gradOf(ok(norm(x, ord)), [x])[0];
};

describe('linalg_vector_norm', () => {
  it('is the 2-norm by default', () => expect(outcome(norm(t([3, 4])))).toEqual({ value: 5, shape: [] }));
  it('takes the 1-, inf-, -inf- and 0-norms', () => {
    expect(outcome(norm(t([3, -4]), 1))).toEqual({ value: 7, shape: [] });
    expect(outcome(norm(t([3, -4]), Infinity))).toEqual({ value: 4, shape: [] });
    expect(outcome(norm(t([3, -4]), -Infinity))).toEqual({ value: 3, shape: [] });
    expect(outcome(norm(t([3, 0, -4]), 0))).toEqual({ value: 2, shape: [] });
  });
  it('takes any p', () => expect(outcome(norm(t([1, 2, 3]), 3))).toEqual({ value: expect.closeTo(3.3019272488946263, 14), shape: [] }));
  it('reduces dims, keeping them', () =>
    expect(
      outcome(
        norm(
          t([
            [3, 4],
            [6, 8],
          ]),
          2,
          [1],
          true,
        ),
      ),
    ).toEqual({ value: [[5], [10]], shape: [2, 1] }));
  it('takes the absolute value of a 0-D tensor', () => expect(outcome(norm(t(-3)))).toEqual({ value: 3, shape: [] }));
  it('rejects the inf-norm of an empty tensor, which has no identity', () =>
    expect(outcome(norm(t([]), Infinity))).toEqual({ error: '#VALUE!', message: 'norm: cannot reduce an empty tensor' }));
  it('gives 0 for the 2-norm of an empty tensor', () => expect(outcome(norm(t([])))).toEqual({ value: 0, shape: [] }));
  it('rejects a dim out of range', () =>
    expect(outcome(norm(t([1, 2]), 2, [1]))).toEqual({ error: '#VALUE!', message: 'norm: dim 1 is out of range for a tensor of rank 1' }));
  it('has x / norm as the 2-norm gradient, named LinalgVectorNormBackward0', () => {
    expect(ok(norm(t([3, 4], true))).gradFn).toBe('LinalgVectorNormBackward0');
    expect(gradNorm([3, 4], 2)).toEqual([0.6, 0.8]);
  });
  it('has gradient 0 at the zero vector, not NaN', () => {
    expect(gradNorm([0, 0], 2)).toEqual([0, 0]);
    expect(gradNorm([0, 0], 3)).toEqual([0, 0]);
    expect(gradNorm([0, 0], 0.5)).toEqual([0, 0]);
  });
  it('has sign(x) as the 1-norm gradient (0 at 0)', () => expect(gradNorm([3, 0, -4], 1)).toEqual([1, 0, -1]));
  it('shares the inf-norm gradient among tied largest |x|', () => expect(gradNorm([3, -3, 1], Infinity)).toEqual([0.5, -0.5, 0]));
  it('has zero gradient for the 0-norm', () => expect(gradNorm([3, -3], 0)).toEqual([0, 0]));
  it('has sign(x) |x|^(p-1) / norm^(p-1) as the p-norm gradient', () =>
    expect(gradNorm([1, 2, 3], 3)).toEqual([
      expect.closeTo(0.0917202013581841, 14),
      expect.closeTo(0.3668808054327364, 14),
      expect.closeTo(0.8254818122236568, 14),
    ]));
});
