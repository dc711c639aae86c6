import { call } from '../../engine/op';
import { reshape } from '../../engine/ops/reshape';
import { inferShape } from './shape-args';
import { defineFunction } from './define';

/** Tensors here are always contiguous, so view is reshape (both show ViewBackward0). */
export const view = defineFunction({
  name: 'view',
  torch: 'torch.Tensor.view',
  doc: reshape.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'shape', kind: 'shape', variadic: true },
  ],
  examples: [{ formula: '=view([1, 2, 3, 4], -1, 1)', result: [[1], [2], [3], [4]] }],
  lower: ([x, sizes]) => {
    const t = x;
    const shape = inferShape('view', sizes, t.size);
    return 'code' in shape ? shape : call(reshape, [t], shape);
  },
});
