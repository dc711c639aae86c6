import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';
import { std } from './std';

describe('std', () => {
  it('is the square root of the variance', () => {
    expect(res(invoke(std, [[2, 4, 4, 4, 5, 5, 7, 9]], { correction: 0 }))).toEqual({ value: 2, shape: [] });
    expect(
      res(
        invoke(
          std,
          [
            [
              [1, 3],
              [2, 6],
            ],
          ],
          { dim: 1 },
        ),
      ),
    ).toEqual({ value: [Math.SQRT2, 2 * Math.SQRT2], shape: [2] });
  });
  it('is StdBackward0, with gradient (x - mean) / ((N - 1) std)', () => {
    const x = t([1, 3], true);
    const y = tensorOf(invoke(std, [x]));
    expect(y.gradFn).toBe('StdBackward0');
    expect(gradOf(y, [x])).toEqual([[expect.closeTo(-Math.SQRT1_2, 15), expect.closeTo(Math.SQRT1_2, 15)]]);
  });
  it('has a zero gradient where the deviation is 0, as PyTorch (std_backward masks it)', () => {
    const x = t([2, 2, 2], true);
    expect(gradOf(tensorOf(invoke(std, [x])), [x])).toEqual([[0, 0, 0]]);
    // Only the constant row is masked: [[2, 2], [1, 3]] over dim 1 gives [[0, 0], [-0.7071, 0.7071]].
    const m = t(
      [
        [2, 2],
        [1, 3],
      ],
      true,
    );
    expect(gradOf(tensorOf(invoke(std, [m], { dim: 1 })), [m])).toEqual([
      [
        [0, 0],
        [expect.closeTo(-Math.SQRT1_2, 15), expect.closeTo(Math.SQRT1_2, 15)],
      ],
    ]);
  });
});
