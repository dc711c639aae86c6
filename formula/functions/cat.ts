import { call } from '../../engine/op';
import { cat as catOp } from '../../engine/ops/cat';
import { defineFunction } from './define';

export const cat = defineFunction({
  name: 'cat',
  torch: 'torch.cat',
  doc: catOp.doc,
  params: [
    { name: 'tensors', kind: 'tensors' },
    { name: 'dim', kind: 'int', default: 0 },
  ],
  examples: [
    { formula: '=cat([[1, 2], [3]])', result: [1, 2, 3] },
    {
      formula: '=cat([[[1], [2]], [[3], [4]]], dim=1)',
      result: [
        [1, 3],
        [2, 4],
      ],
    },
    { formula: '=cat([[1, 2], [[3]]])', result: '#SHAPE!' },
  ],
  lower: ([ts, dim]) => call(catOp, ts, { dim: dim }),
});
