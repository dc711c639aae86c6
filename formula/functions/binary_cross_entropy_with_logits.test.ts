import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { binary_cross_entropy_with_logits as bcel } from './binary_cross_entropy_with_logits';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';

const z = [-0.7313443618632292, -2.082419560697166, -1.2785964093143494];

describe('binary_cross_entropy_with_logits', () => {
  it("matches PyTorch's value and gradient exactly (golden case)", () => {
    const x = t(z, true);
    const loss = tensorOf(invoke(bcel, [x, [0, 0, 0]]));
    expect([res(loss), loss.gradFn]).toEqual([{ value: 0.2519925924144418, shape: [] }, 'BinaryCrossEntropyWithLogitsBackward0']);
    expect(gradOf(loss, [x])).toEqual([[0.10829992860554305, 0.03693910874363153, 0.07259641349396365]]);
  });
  it('sums or keeps the elementwise losses', () => {
    expect(
      res(
        invoke(
          bcel,
          [
            [0, 0],
            [1, 0],
          ],
          { reduction: 'sum' },
        ),
      ),
    ).toEqual({ value: 2 * Math.LN2, shape: [] });
    expect(
      res(
        invoke(
          bcel,
          [
            [0, -1000],
            [1, 0],
          ],
          { reduction: 'none' },
        ),
      ),
    ).toEqual({ value: [Math.LN2, 0], shape: [2] });
  });
  it('takes weight and pos_weight, broadcast to the input', () =>
    expect(res(invoke(bcel, [[[0, 0]], [[1, 1]], [1, 3]], { pos_weight: [2, 1], reduction: 'none' }))).toEqual({
      value: [[2 * Math.LN2, 3 * Math.LN2]],
      shape: [1, 2],
    }));
  it('rejects a target of another shape, naming both', () =>
    expect(
      res(
        invoke(bcel, [
          [1, 2],
          [1, 0, 1],
        ]),
      ),
    ).toEqual({
      error: '#SHAPE!',
      message: 'binary_cross_entropy_with_logits: target of shape [3] does not match input of shape [2]',
    }));
});
