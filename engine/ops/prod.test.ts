import { describe, expect, it } from 'vitest';
import { vjp } from '../autograd';
import { isError } from '../errors';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { prod } from './prod';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (isError(r)) throw new Error(r.message);
  return r;
};
const gradOfProd = (values: number[]) => {
  const x = t(values, true);
  return gradOf(ok(call(prod, [x], { dim: null, keepdim: false })), [x])[0];
};

describe('prod', () => {
  it('multiplies every element', () =>
    expect(
      outcome(
        call(
          prod,
          [
            t([
              [1, 2],
              [3, 4],
            ]),
          ],
          { dim: null, keepdim: false },
        ),
      ),
    ).toEqual({ value: 24, shape: [] }));
  it('multiplies along a dim, keeping it', () =>
    expect(
      outcome(
        call(
          prod,
          [
            t([
              [1, 2],
              [3, 4],
            ]),
          ],
          { dim: 0, keepdim: true },
        ),
      ),
    ).toEqual({ value: [[3, 8]], shape: [1, 2] }));
  it('takes a 0-D tensor as its own product', () =>
    expect(outcome(call(prod, [t(5)], { dim: 0, keepdim: false }))).toEqual({ value: 5, shape: [] }));
  it('gives 1 for an empty tensor', () =>
    expect(outcome(call(prod, [t([])], { dim: null, keepdim: false }))).toEqual({ value: 1, shape: [] }));
  it('rejects a dim out of range', () =>
    expect(outcome(call(prod, [t([1, 2])], { dim: -2, keepdim: false }))).toEqual({
      error: '#VALUE!',
      message: 'prod: dim -2 is out of range for a tensor of rank 1',
    }));
  it('names the full product ProdBackward0 and one along a dim ProdBackward1', () => {
    expect(ok(call(prod, [t([1, 2], true)], { dim: null, keepdim: false })).gradFn).toBe('ProdBackward0');
    expect(ok(call(prod, [t([1, 2], true)], { dim: 0, keepdim: false })).gradFn).toBe('ProdBackward1');
  });
  it('gives each element the product of the others', () => expect(gradOfProd([2, 3, 4])).toEqual([12, 8, 6]));
  it('gives a single zero the product of the others, as PyTorch', () => expect(gradOfProd([2, 0, 4])).toEqual([0, 8, 0]));
  it('gives all zeros with two zeros', () => expect(gradOfProd([0, 3, 0])).toEqual([0, 0, 0]));
  it('differentiates along a dim', () => {
    const x = t(
      [
        [1, 2],
        [3, 4],
      ],
      true,
    );
    expect(gradOf(ok(call(prod, [x], { dim: 1, keepdim: false })), [x], t([1, 10]))).toEqual([
      [
        [2, 1],
        [40, 30],
      ],
    ]);
  });
  it('has exact second derivatives at a zero', () => {
    // d²(x0 x1 x2)/dx1 dx = [x2, 0, x0] at x = [2, 0, 4].
    const x = t([2, 0, 4], true);
    const g = vjp(ok(call(prod, [x], { dim: null, keepdim: false })), [x], t(1));
    if (isError(g)) throw new Error(g.message);
    expect(gradOf(g[0], [x], t([0, 1, 0]))).toEqual([[4, 0, 2]]);
  });
});
