import { call } from '../../engine/op';
import { cumsum as cumsumOp } from '../../engine/ops/cumsum';
import { defineFunction } from './define';

export const cumsum = defineFunction({
  name: 'cumsum',
  torch: 'torch.cumsum',
  doc: cumsumOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'int', doc: 'The dim to accumulate along (required, as in PyTorch).' },
  ],
  examples: [
    { formula: '=cumsum([1, 2, 3], dim=0)', result: [1, 3, 6] },
    {
      formula: '=cumsum([[1, 2], [3, 4]], 1)',
      result: [
        [1, 3],
        [3, 7],
      ],
    },
  ],
  lower: ([input, dim]) => call(cumsumOp, [input], { dim: dim }),
});
