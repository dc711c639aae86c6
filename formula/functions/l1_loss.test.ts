import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { l1_loss } from './l1_loss';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';

describe('l1_loss', () => {
  it('averages, sums or keeps the absolute errors', () => {
    expect(
      res(
        invoke(l1_loss, [
          [1, 2],
          [2, 5],
        ]),
      ),
    ).toEqual({ value: 2, shape: [] });
    expect(
      res(
        invoke(
          l1_loss,
          [
            [1, 2],
            [2, 5],
          ],
          { reduction: 'sum' },
        ),
      ),
    ).toEqual({ value: 4, shape: [] });
    expect(
      res(
        invoke(
          l1_loss,
          [
            [1, 2],
            [2, 5],
          ],
          { reduction: 'none' },
        ),
      ),
    ).toEqual({ value: [1, 3], shape: [2] });
  });
  it("shows PyTorch 2's decomposition: MeanBackward0, SumBackward0, AbsBackward0", () =>
    expect(['mean', 'sum', 'none'].map((r) => tensorOf(invoke(l1_loss, [t([1, 2], true), [0, 0]], { reduction: r })).gradFn)).toEqual([
      'MeanBackward0',
      'SumBackward0',
      'AbsBackward0',
    ]));
  it('has sign(input - target) / N as its gradient (0 where they are equal)', () => {
    const x = t([1, 2, 3, 4], true);
    expect(gradOf(tensorOf(invoke(l1_loss, [x, [0, 2, 5, 0]])), [x])).toEqual([[0.25, 0, -0.25, 0.25]]);
  });
});
