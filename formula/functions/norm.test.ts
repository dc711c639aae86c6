import { describe, expect, it } from 'vitest';
import { isTensor } from '../../engine/tensor';
import { t } from '../../engine/test-helpers';
import { norm } from './norm';
import { invoke, res } from './shape-test-helpers';

describe('norm', () => {
  it('is the 2-norm of every element by default', () =>
    expect(
      res(
        invoke(norm, [
          [
            [3, 4],
            [0, 0],
          ],
        ]),
      ),
    ).toEqual({ value: 5, shape: [] }));
  it('reads p as a number, "fro", "inf", "-inf" or Infinity', () => {
    expect(res(invoke(norm, [[3, -4], 1]))).toEqual({ value: 7, shape: [] });
    expect(res(invoke(norm, [[3, -4], 'fro']))).toEqual({ value: 5, shape: [] });
    expect(res(invoke(norm, [[3, -4], 'inf']))).toEqual({ value: 4, shape: [] });
    expect(res(invoke(norm, [[3, -4], '-inf']))).toEqual({ value: 3, shape: [] });
    expect(res(invoke(norm, [[3, -4]], { p: Infinity }))).toEqual({ value: 4, shape: [] });
  });
  it('reduces dims, keeping them', () =>
    expect(
      res(
        invoke(
          norm,
          [
            [
              [3, 4],
              [6, 8],
            ],
          ],
          { dim: 1, keepdim: true },
        ),
      ),
    ).toEqual({ value: [[5], [10]], shape: [2, 1] }));
  it('rejects other texts and NaN', () => {
    expect(res(invoke(norm, [[1], 'nuc']))).toEqual({
      error: '#VALUE!',
      message: 'norm: p must be a number, "fro", "inf" or "-inf", got "nuc"',
    });
    expect(res(invoke(norm, [[1], NaN]))).toEqual({ error: '#VALUE!', message: 'norm: p must be a number, "fro", "inf" or "-inf"' });
  });
  it('shows LinalgVectorNormBackward0, as PyTorch 2', () => {
    const y = invoke(norm, [t([3, 4], true)]);
    expect(isTensor(y) && y.gradFn).toBe('LinalgVectorNormBackward0');
  });
});
