import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { amax } from './amax';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('amax', () => {
  it('reduces every dim by default', () =>
    expect(
      outcome(
        call(
          amax,
          [
            t([
              [1, 5],
              [3, 2],
            ]),
          ],
          { dims: null, keepdim: false },
        ),
      ),
    ).toEqual({ value: 5, shape: [] }));
  it('reduces one dim', () =>
    expect(
      outcome(
        call(
          amax,
          [
            t([
              [1, 5],
              [3, 2],
            ]),
          ],
          { dims: [1], keepdim: false },
        ),
      ),
    ).toEqual({ value: [5, 3], shape: [2] }));
  it('reduces a list of dims, keeping them', () =>
    expect(
      outcome(
        call(
          amax,
          [
            t([
              [
                [1, 9],
                [3, 4],
              ],
              [
                [5, 6],
                [7, 8],
              ],
            ]),
          ],
          { dims: [0, -1], keepdim: true },
        ),
      ),
    ).toEqual({ value: [[[9], [8]]], shape: [1, 2, 1] }));
  it('takes a 0-D tensor as its own max', () =>
    expect(outcome(call(amax, [t(4)], { dims: [0], keepdim: false }))).toEqual({ value: 4, shape: [] }));
  it('propagates NaN', () =>
    expect(outcome(call(amax, [t([1, NaN, 3])], { dims: null, keepdim: false }))).toEqual({ value: NaN, shape: [] }));
  it('rejects an empty dim, naming it', () =>
    expect(outcome(call(amax, [t([[], []])], { dims: [1], keepdim: false }))).toEqual({
      error: '#VALUE!',
      message: 'amax: cannot reduce over dim 1 of size 0 (tensor of shape [2, 0])',
    }));
  it('rejects a dim out of range', () =>
    expect(outcome(call(amax, [t([1, 2])], { dims: [1], keepdim: false }))).toEqual({
      error: '#VALUE!',
      message: 'amax: dim 1 is out of range for a tensor of rank 1',
    }));
  it('shares the gradient evenly among tied maxima', () => {
    const x = t(
      [
        [1, 5],
        [3, 3],
      ],
      true,
    );
    const y = ok(call(amax, [x], { dims: [1], keepdim: false }));
    expect(y.gradFn).toBe('AmaxBackward0');
    expect(gradOf(y, [x], t([10, 4]))).toEqual([
      [
        [0, 10],
        [2, 2],
      ],
    ]);
  });
});
