import { relabel } from '../../engine/composite';
import { isError } from '../../engine/errors';
import { call, run } from '../../engine/op';
import { add } from '../../engine/ops/add';
import { matmul, matmulShape } from '../../engine/ops/matmul';
import { transpose2d } from '../../engine/ops/permute';
import { reshape } from '../../engine/ops/reshape';
import { sizeOf } from '../../engine/shape';
import type { Tensor } from '../../engine/tensor';
import { defineFunction } from './define';

/**
 * input @ weight.T + bias, with the nodes PyTorch 2's at::linear leaves: addmm for a 2-D input with a
 * bias (AddmmBackward0); for a 3-D input, or any input with a 1-D bias, the input flattened to 2-D,
 * addmm, then a view back (ViewBackward0); otherwise matmul (MmBackward0, SqueezeBackward4, ...) and,
 * with a bias, an add (AddBackward0).
 */
export const linear = defineFunction({
  name: 'linear',
  torch: 'torch.nn.functional.linear',
  doc: 'Affine map: input @ weight.T + bias.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'weight', kind: 'tensor' },
    { name: 'bias', kind: 'tensor', default: null },
  ],
  examples: [
    { formula: '=linear([1, 2], [[1, 0], [0, 1], [1, 1]], [0, 0, 10])', result: [1, 2, 13] },
    { formula: '=linear([[1, 2]], [[1, 1]])', result: [[3]] },
    { formula: '=linear([1, 2, 3], [[1, 1]])', result: '#SHAPE!' },
  ],
  lower: ([x, w, b]) => {
    const input = x;
    const wT = transpose2d(w);
    const bias = b;
    const s = matmulShape('linear', input.shape, wT.shape);
    if (isError(s)) return s;
    if (bias === null) return call(matmul, [input, wT]);
    const addmm = (x2: Tensor): Tensor => relabel(run(add, [run(matmul, [x2, wT]), bias]), 'AddmmBackward0', [bias, x2, w]);
    // addmm needs a matrix weight; a 1-D weight goes the matmul way, as in PyTorch.
    if (wT.rank === 2 && input.rank === 2) return addmm(input);
    if (wT.rank === 2 && (input.rank === 3 || bias.rank === 1)) {
      const lead = input.shape.slice(0, -1);
      const y = addmm(run(reshape, [input], [sizeOf(lead), input.shape[input.rank - 1]]));
      return call(reshape, [y], [...lead, y.shape[1]]);
    }
    return call(add, [run(matmul, [input, wT]), bias]);
  },
});
