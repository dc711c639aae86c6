import { call } from '../../engine/op';
import { reshape } from '../../engine/ops/reshape';
import type { Tensor } from '../../engine/tensor';
import { inferShape } from './shape-args';
import type { FunctionDef } from './types';

/** Tensors here are always contiguous, so view is reshape (both show ViewBackward0). */
export const view: FunctionDef = {
  name: 'view', torch: 'torch.Tensor.view', doc: reshape.doc,
  params: [{ name: 'input', kind: 'tensor' }, { name: 'shape', kind: 'shape', variadic: true }],
  examples: [{ formula: '=view([1, 2, 3, 4], -1, 1)', result: [[1], [2], [3], [4]] }],
  lower: ([x, sizes]) => {
    const t = x as Tensor;
    const shape = inferShape('view', sizes as number[], t.size);
    return 'code' in shape ? shape : call(reshape, [t], shape);
  },
};
