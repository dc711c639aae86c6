import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { binary_cross_entropy } from './binary_cross_entropy';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';

describe('binary_cross_entropy', () => {
  it('averages, sums or keeps the elementwise losses', () => {
    expect(
      res(
        invoke(binary_cross_entropy, [
          [0.5, 0.5],
          [1, 0],
        ]),
      ),
    ).toEqual({ value: 0.6931471805599453, shape: [] });
    expect(
      res(
        invoke(
          binary_cross_entropy,
          [
            [0.5, 0.5],
            [1, 0],
          ],
          { reduction: 'sum' },
        ),
      ),
    ).toEqual({ value: 1.3862943611198906, shape: [] });
    expect(
      res(
        invoke(
          binary_cross_entropy,
          [
            [1, 0.5],
            [0, 1],
          ],
          { reduction: 'none' },
        ),
      ),
    ).toEqual({ value: [100, 0.6931471805599453], shape: [2] });
  });
  it('takes a weight', () =>
    expect(
      res(
        invoke(
          binary_cross_entropy,
          [
            [0.5, 0.5],
            [1, 0],
            [3, 1],
          ],
          { reduction: 'sum' },
        ),
      ),
    ).toEqual({ value: 4 * Math.LN2, shape: [] }));
  it('rejects probabilities outside [0, 1], naming one', () =>
    expect(
      res(
        invoke(binary_cross_entropy, [
          [0.5, 1.5],
          [1, 0],
        ]),
      ),
    ).toEqual({
      error: '#VALUE!',
      message: 'binary_cross_entropy: all elements of input should be between 0 and 1, got 1.5',
    }));
  it('rejects a target of another shape, naming both', () =>
    expect(res(invoke(binary_cross_entropy, [[0.5, 0.5], [1]]))).toEqual({
      error: '#SHAPE!',
      message: 'binary_cross_entropy: target of shape [1] does not match input of shape [2]',
    }));
  it('is BinaryCrossEntropyBackward0 for every reduction, with gradient (x - y) / (x (1 - x)) / N', () => {
    const x = t([0.5, 0.25], true);
    const loss = tensorOf(invoke(binary_cross_entropy, [x, [1, 0]]));
    expect(loss.gradFn).toBe('BinaryCrossEntropyBackward0');
    expect(tensorOf(invoke(binary_cross_entropy, [x, [1, 0]], { reduction: 'none' })).gradFn).toBe('BinaryCrossEntropyBackward0');
    expect(gradOf(loss, [x])).toEqual([[-1, expect.closeTo(2 / 3, 15)]]);
  });
});
