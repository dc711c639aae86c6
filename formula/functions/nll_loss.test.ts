import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { nll_loss } from './nll_loss';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';

// log_softmax of [[2, 1, 0.1], [0.5, 2.5, -1], [0.3, -0.2, 1.1]]; expected values from PyTorch's definition.
const L = [
  [-0.41703001627783354, -1.4170300162778335, -2.3170300162778332],
  [-2.1531782071222882, -0.15317820712228827, -3.6531782071222882],
  [-1.3434055416160293, -1.8434055416160293, -0.5434055416160293],
];
const W = [1, 2, 0.5];
const close = (v: number) => ({ value: expect.closeTo(v, 13), shape: [] });

describe('nll_loss', () => {
  it('averages minus the input at each target', () => expect(res(invoke(nll_loss, [L, [2, 0, 1]]))).toEqual(close(2.10453792167205)));
  it('divides by the total weight of the targets with class weights', () =>
    expect(res(invoke(nll_loss, [L, [2, 0, 1], W]))).toEqual(close(1.999572656712361)));
  it('leaves out ignore_index targets, from the loss and the mean', () => {
    expect(res(invoke(nll_loss, [L, [2, -100, 1], W]))).toEqual(close(1.93813043654839));
    expect(res(invoke(nll_loss, [L, [2, -100, 1]], { reduction: 'none' }))).toEqual({
      value: [2.3170300162778332, 0, 1.8434055416160293],
      shape: [3],
    });
    expect(res(invoke(nll_loss, [L, [2, 0, 1]], { ignore_index: 1, reduction: 'sum' }))).toEqual(close(4.470208223400121));
  });
  it('takes an unbatched [C] input with a 0-D target', () =>
    expect(res(invoke(nll_loss, [[-1, -2, -3], 1]))).toEqual({ value: 2, shape: [] }));
  it('takes [N, C, d] input with [N, d] targets', () =>
    expect(
      res(
        invoke(
          nll_loss,
          [
            [
              [
                [-1, -2],
                [-3, -4],
              ],
            ],
            [[1, 0]],
          ],
          { reduction: 'none' },
        ),
      ),
    ).toEqual({ value: [[3, 2]], shape: [1, 2] }));
  it('rejects a class index out of range, naming it and the number of classes', () =>
    expect(res(invoke(nll_loss, [L, [2, 3, 1]]))).toEqual({
      error: '#VALUE!',
      message: 'nll_loss: class index 3 is out of range for 3 classes',
    }));
  it('rejects a target that is not a whole number', () =>
    expect(res(invoke(nll_loss, [L, [2, 0.5, 1]]))).toEqual({
      error: '#VALUE!',
      message: 'nll_loss: target 0.5 is not a class index (a whole number)',
    }));
  it('rejects a target of the wrong shape, naming both', () =>
    expect(res(invoke(nll_loss, [L, [2, 0]]))).toEqual({
      error: '#SHAPE!',
      message: 'nll_loss: target of shape [2] does not fit input of shape [3, 3] (expected target shape [3])',
    }));
  it('rejects a weight that is not one per class', () =>
    expect(res(invoke(nll_loss, [L, [2, 0, 1], [1, 2]]))).toEqual({
      error: '#SHAPE!',
      message: 'nll_loss: weight of shape [2] must have one entry per class, shape [3]',
    }));
  it('is NllLossBackward0, sending -weight / total weight to each target', () => {
    const x = t(
      [
        [-1, -2],
        [-3, -4],
      ],
      true,
    );
    const loss = tensorOf(invoke(nll_loss, [x, [0, 1], [1, 3]]));
    expect(loss.gradFn).toBe('NllLossBackward0');
    expect(gradOf(loss, [x])).toEqual([
      [
        [-0.25, 0],
        [0, -0.75],
      ],
    ]);
  });
  it('names higher-rank inputs as PyTorch does (NllLoss2DBackward0)', () =>
    expect(
      tensorOf(
        invoke(nll_loss, [
          t(
            [
              [
                [-1, -2],
                [-3, -4],
              ],
            ],
            true,
          ),
          [[1, 0]],
        ]),
      ).gradFn,
    ).toBe('NllLoss2DBackward0'));
});
