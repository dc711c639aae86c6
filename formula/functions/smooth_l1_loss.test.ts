import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';
import { smooth_l1_loss } from './smooth_l1_loss';

describe('smooth_l1_loss', () => {
  it('reduces the elementwise loss, beta 1 by default', () => {
    expect(
      res(
        invoke(smooth_l1_loss, [
          [0.5, 3],
          [0, 0],
        ]),
      ),
    ).toEqual({ value: 1.3125, shape: [] });
    expect(
      res(
        invoke(
          smooth_l1_loss,
          [
            [0.5, 3],
            [0, 0],
          ],
          { reduction: 'sum', beta: 2 },
        ),
      ),
    ).toEqual({ value: 2.0625, shape: [] });
  });
  it('is SmoothL1LossBackward0 for every reduction, with gradient d / beta or sign(d), over N', () => {
    const x = t([0.5, 3], true);
    const loss = tensorOf(invoke(smooth_l1_loss, [x, [0, 0]]));
    expect(loss.gradFn).toBe('SmoothL1LossBackward0');
    expect(tensorOf(invoke(smooth_l1_loss, [x, [0, 0]], { reduction: 'none' })).gradFn).toBe('SmoothL1LossBackward0');
    expect(gradOf(loss, [x])).toEqual([[0.25, 0.5]]);
  });
  it('is l1_loss for beta 0, as PyTorch hands it over', () => {
    const loss = tensorOf(invoke(smooth_l1_loss, [t([0.5, -3], true), [0, 0]], { beta: 0 }));
    expect([res(loss), loss.gradFn]).toEqual([{ value: 1.75, shape: [] }, 'MeanBackward0']);
  });
  it('rejects a negative beta', () =>
    expect(res(invoke(smooth_l1_loss, [[1], [0]], { beta: -1 }))).toEqual({
      error: '#VALUE!',
      message: 'smooth_l1_loss: beta must be >= 0, got -1',
    }));
});
