import { call } from '../../engine/op';
import { matmul as matmulOp } from '../../engine/ops/matmul';
import { defineFunction } from './define';

export const matmul = defineFunction({
  name: 'matmul',
  torch: 'torch.matmul',
  doc: matmulOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'other', kind: 'tensor' },
  ],
  examples: [
    { formula: '=matmul([[1, 2], [3, 4]], [1, 1])', result: [3, 7] },
    { formula: '=[1, 2, 3] @ [4, 5, 6]', result: 32 },
    { formula: '=matmul([[1, 2, 3]], [[1, 2, 3]])', result: '#SHAPE!' },
  ],
  lower: (args) => call(matmulOp, args),
});
