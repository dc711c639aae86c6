import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { outcome, t } from '../test-helpers';
import { argmin } from './argmin';

describe('argmin', () => {
  it('indexes the flattened tensor without a dim', () =>
    expect(
      outcome(
        call(
          argmin,
          [
            t([
              [1, 5],
              [-7, 2],
            ]),
          ],
          { dim: null, keepdim: false },
        ),
      ),
    ).toEqual({ value: 2, shape: [] }));
  it('searches along the last dim, keeping it', () =>
    expect(
      outcome(
        call(
          argmin,
          [
            t([
              [1, 5],
              [7, 2],
            ]),
          ],
          { dim: -1, keepdim: true },
        ),
      ),
    ).toEqual({ value: [[0], [1]], shape: [2, 1] }));
  it('returns the first of tied minima', () =>
    expect(outcome(call(argmin, [t([3, 1, 1])], { dim: 0, keepdim: false }))).toEqual({ value: 1, shape: [] }));
  it('counts NaN as the extreme, as PyTorch', () =>
    expect(outcome(call(argmin, [t([3, -1, NaN])], { dim: 0, keepdim: false }))).toEqual({ value: 2, shape: [] }));
  it('rejects a dim out of range', () =>
    expect(outcome(call(argmin, [t([1, 2])], { dim: 2, keepdim: false }))).toEqual({
      error: '#VALUE!',
      message: 'argmin: dim 2 is out of range for a tensor of rank 1',
    }));
});
