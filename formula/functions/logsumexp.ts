import { call } from '../../engine/op';
import { logsumexp as logsumexpOp } from '../../engine/ops/logsumexp';
import { defineFunction } from './define';

export const logsumexp = defineFunction({
  name: 'logsumexp',
  torch: 'torch.logsumexp',
  doc: `${logsumexpOp.doc} PyTorch requires dim; here it may be omitted to reduce every dim.`,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'dim', default: null, doc: 'Dim or list of dims to reduce; every dim when omitted.' },
    { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the reduced dims as size 1.' },
  ],
  examples: [
    { formula: '=logsumexp([0, 0], dim=0)', result: 0.6931471805599453 },
    { formula: '=logsumexp([1000, 1000])', result: 1000.6931471805599 },
  ],
  lower: ([input, dim, keepdim]) => call(logsumexpOp, [input], { dims: dim, keepdim: keepdim }),
});
