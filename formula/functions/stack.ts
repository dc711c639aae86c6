import { call } from '../../engine/op';
import { stack as stackOp } from '../../engine/ops/stack';
import { defineFunction } from './define';

export const stack = defineFunction({
  name: 'stack',
  torch: 'torch.stack',
  doc: stackOp.doc,
  params: [
    { name: 'tensors', kind: 'tensors' },
    { name: 'dim', kind: 'int', default: 0 },
  ],
  examples: [
    {
      formula: '=stack([[1, 2], [3, 4]], dim=1)',
      result: [
        [1, 3],
        [2, 4],
      ],
    },
    { formula: '=stack([1, 2, 3])', result: [1, 2, 3] },
  ],
  lower: ([ts, dim]) => call(stackOp, ts, { dim: dim }),
});
