import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';
import { var_ } from './var';

describe('var', () => {
  it('divides by N - 1 by default', () => expect(res(invoke(var_, [[1, 2, 3, 4]]))).toEqual({ value: 1.6666666666666667, shape: [] }));
  it('takes correction= and the older unbiased=', () => {
    expect(res(invoke(var_, [[1, 2, 3, 4]], { correction: 0 }))).toEqual({ value: 1.25, shape: [] });
    expect(res(invoke(var_, [[1, 2, 3, 4]], { unbiased: false }))).toEqual({ value: 1.25, shape: [] });
    expect(res(invoke(var_, [[1, 2, 3, 4], 0, false]))).toEqual({ value: 1.25, shape: [] });
  });
  it('reduces dims, keeping them', () =>
    expect(
      res(
        invoke(
          var_,
          [
            [
              [1, 3],
              [2, 6],
            ],
          ],
          { dim: 1, keepdim: true },
        ),
      ),
    ).toEqual({ value: [[2], [8]], shape: [2, 1] }));
  it('gives NaN for one element with correction 1, as PyTorch', () => expect(res(invoke(var_, [[5]]))).toEqual({ value: NaN, shape: [] }));
  it('rejects both correction and unbiased', () =>
    expect(res(invoke(var_, [[1, 2]], { correction: 1, unbiased: true }))).toEqual({
      error: '#VALUE!',
      message: 'var: takes either correction or unbiased, not both',
    }));
  it('is VarBackward0, with gradient 2 (x - mean) / (N - 1)', () => {
    const x = t([1, 2, 3, 4], true);
    const y = tensorOf(invoke(var_, [x]));
    expect(y.gradFn).toBe('VarBackward0');
    expect(gradOf(y, [x])).toEqual([[-1, -1 / 3, 1 / 3, 1]]);
  });
});
