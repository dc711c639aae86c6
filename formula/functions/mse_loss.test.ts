import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { mse_loss } from './mse_loss';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';

describe('mse_loss', () => {
  it('averages, sums or keeps the squared errors', () => {
    expect(
      res(
        invoke(mse_loss, [
          [1, 2],
          [1, 4],
        ]),
      ),
    ).toEqual({ value: 2, shape: [] });
    expect(
      res(
        invoke(
          mse_loss,
          [
            [1, 2],
            [1, 4],
          ],
          { reduction: 'sum' },
        ),
      ),
    ).toEqual({ value: 4, shape: [] });
    expect(
      res(
        invoke(
          mse_loss,
          [
            [1, 2],
            [1, 4],
          ],
          { reduction: 'none' },
        ),
      ),
    ).toEqual({ value: [0, 4], shape: [2] });
  });
  it('broadcasts input and target, as PyTorch (which warns)', () =>
    expect(
      res(
        invoke(
          mse_loss,
          [
            [
              [1, 2],
              [3, 4],
            ],
            [1, 2],
          ],
          { reduction: 'none' },
        ),
      ),
    ).toEqual({
      value: [
        [0, 0],
        [4, 4],
      ],
      shape: [2, 2],
    }));
  it('rejects shapes that do not broadcast, naming both', () =>
    expect(
      res(
        invoke(mse_loss, [
          [1, 2, 3],
          [1, 2],
        ]),
      ),
    ).toEqual({ error: '#SHAPE!', message: 'sub: shapes [3] and [2] do not broadcast' }));
  it('rejects an unknown reduction', () =>
    expect(res(invoke(mse_loss, [[1], [1]], { reduction: 'avg' }))).toEqual({
      error: '#VALUE!',
      message: 'mse_loss: reduction must be one of "mean", "sum", "none", got "avg"',
    }));
  it("matches PyTorch's value and gradient (golden case), as MseLossBackward0", () => {
    const x = t([0.1, 0.9, 0.2], true);
    const loss = tensorOf(invoke(mse_loss, [x, [0, 1, 0]]));
    expect([res(loss), loss.gradFn]).toEqual([{ value: expect.closeTo(0.02, 15), shape: [] }, 'MseLossBackward0']);
    expect(gradOf(loss, [x])).toEqual([[0.06666666666666667, -0.06666666666666665, 0.13333333333333333]]);
  });
  it('is MseLossBackward0 for every reduction', () =>
    expect(['sum', 'none'].map((r) => tensorOf(invoke(mse_loss, [t([1, 2], true), [0, 0]], { reduction: r })).gradFn)).toEqual([
      'MseLossBackward0',
      'MseLossBackward0',
    ]));
});
