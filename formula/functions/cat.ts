import { call } from '../../engine/op';
import { cat as catOp } from '../../engine/ops/cat';
import type { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

export const cat: FunctionDef = {
  name: 'cat', torch: 'torch.cat', doc: catOp.doc,
  params: [{ name: 'tensors', kind: 'tensors' }, { name: 'dim', kind: 'int', default: 0 }],
  examples: [
    { formula: '=cat([[1, 2], [3]])', result: [1, 2, 3] },
    { formula: '=cat([[[1], [2]], [[3], [4]]], dim=1)', result: [[1, 3], [2, 4]] },
    { formula: '=cat([[1, 2], [[3]]])', result: '#SHAPE!' },
  ],
  lower: ([ts, dim]) => call(catOp, ts as Tensor[], { dim: dim as number }),
};
