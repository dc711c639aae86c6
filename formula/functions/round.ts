import { call } from '../../engine/op';
import { round as op } from '../../engine/ops/round';
import { defineFunction } from './define';

/** torch.round, halves to even; decimals= picks PyTorch's other overload (RoundBackward1). */
export const round = defineFunction({
  name: 'round',
  torch: 'torch.round',
  doc: op.doc,
  params: [{ name: 'input', kind: 'tensor' }],
  kwargs: [{ name: 'decimals', kind: 'int', default: null, doc: 'decimal places to keep (negative: tens, hundreds...)' }],
  examples: [
    { formula: '=round([0.5, 1.5, 2.5])', result: [0, 2, 2] },
    { formula: '=round(1.2345, decimals=2)', result: 1.23 },
  ],
  lower: ([x], { decimals }) => call(op, [x], { decimals: decimals }),
});
