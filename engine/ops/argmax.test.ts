import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { outcome, t } from '../test-helpers';
import { argmax } from './argmax';

describe('argmax', () => {
  it('indexes the flattened tensor without a dim', () =>
    expect(
      outcome(
        call(
          argmax,
          [
            t([
              [1, 5],
              [7, 2],
            ]),
          ],
          { dim: null, keepdim: false },
        ),
      ),
    ).toEqual({ value: 2, shape: [] }));
  it('keeps every dim as size 1 with keepdim and no dim (PyTorch 2)', () =>
    expect(
      outcome(
        call(
          argmax,
          [
            t([
              [1, 5],
              [7, 2],
            ]),
          ],
          { dim: null, keepdim: true },
        ),
      ),
    ).toEqual({ value: [[2]], shape: [1, 1] }));
  it('searches along a dim', () =>
    expect(
      outcome(
        call(
          argmax,
          [
            t([
              [1, 5],
              [7, 2],
            ]),
          ],
          { dim: 0, keepdim: false },
        ),
      ),
    ).toEqual({ value: [1, 0], shape: [2] }));
  it('returns the first of tied maxima', () =>
    expect(outcome(call(argmax, [t([3, 1, 3])], { dim: 0, keepdim: false }))).toEqual({ value: 0, shape: [] }));
  it('counts NaN as the largest, as PyTorch', () =>
    expect(outcome(call(argmax, [t([3, NaN, 9])], { dim: null, keepdim: false }))).toEqual({ value: 1, shape: [] }));
  it('gives 0 for a 0-D tensor', () => expect(outcome(call(argmax, [t(7)], { dim: 0, keepdim: false }))).toEqual({ value: 0, shape: [] }));
  it('rejects an empty tensor', () =>
    expect(outcome(call(argmax, [t([])], { dim: null, keepdim: false }))).toEqual({
      error: '#VALUE!',
      message: 'argmax: cannot reduce an empty tensor',
    }));
  it('has no gradient: the result never requires grad', () => {
    const y = call(argmax, [t([1, 2], true)], { dim: null, keepdim: false });
    expect('requiresGrad' in y && y.requiresGrad).toBe(false);
  });
});
