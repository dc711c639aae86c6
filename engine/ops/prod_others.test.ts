import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { prod_others } from './prod_others';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('prod_others', () => {
  it('multiplies the other elements of each lane, exactly with zeros', () =>
    expect(outcome(call(prod_others, [t([2, 3, 0])], { dim: 0 }))).toEqual({ value: [0, 0, 6], shape: [3] }));
  it('works along an inner dim', () =>
    expect(
      outcome(
        call(
          prod_others,
          [
            t([
              [1, 2, 3],
              [4, 5, 6],
            ]),
          ],
          { dim: 1 },
        ),
      ),
    ).toEqual({
      value: [
        [6, 3, 2],
        [30, 24, 20],
      ],
      shape: [2, 3],
    }));
  it('gives 1 (the empty product) for a 0-D tensor', () =>
    expect(outcome(call(prod_others, [t(7)], { dim: 0 }))).toEqual({ value: 1, shape: [] }));
  it('rejects a dim out of range', () =>
    expect(outcome(call(prod_others, [t([1, 2])], { dim: 1 }))).toEqual({
      error: '#VALUE!',
      message: 'prod: dim 1 is out of range for a tensor of rank 1',
    }));
  it('differentiates to products of all but two elements', () => {
    const x = t(
      [
        [2, 0, 4],
        [1, 2, 3],
      ],
      true,
    );
    const y = ok(call(prod_others, [x], { dim: 1 }));
    // Row 0 weights out[1] = x0 x2: gradient [x2, 0, x0]; row 1 weights out[0] = x1 x2: [0, x2, x1].
    expect(
      gradOf(
        y,
        [x],
        t([
          [0, 1, 0],
          [1, 0, 0],
        ]),
      ),
    ).toEqual([
      [
        [4, 0, 2],
        [0, 3, 2],
      ],
    ]);
  });
});
