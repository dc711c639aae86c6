import { call } from '../../engine/op';
import { sum as sumOp } from '../../engine/ops/sum';
import { defineFunction } from './define';

export const sum = defineFunction({
  name: 'sum',
  torch: 'torch.sum',
  doc: sumOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'dim', default: null, doc: 'Dim or list of dims to sum over; every dim when omitted.' },
    { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the summed dims as size 1.' },
  ],
  examples: [
    { formula: '=sum([[1, 2], [3, 4]])', result: 10 },
    { formula: '=sum([[1, 2], [3, 4]], dim=0)', result: [4, 6] },
    { formula: '=sum([[1, 2], [3, 4]], dim=1, keepdim=true)', result: [[3], [7]] },
  ],
  lower: ([input, dim, keepdim]) => call(sumOp, [input], { dims: dim, keepdim: keepdim }),
});
