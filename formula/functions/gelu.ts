import { call } from '../../engine/op';
import { type GeluAttrs, gelu as op } from '../../engine/ops/gelu';
import { defineFunction } from './define';

/** F.gelu: approximate='none' (exact, with erf) or 'tanh'. */
export const gelu = defineFunction({
  name: 'gelu',
  torch: 'torch.nn.functional.gelu',
  doc: op.doc,
  params: [{ name: 'input', kind: 'tensor' }],
  kwargs: [{ name: 'approximate', kind: 'text', default: 'none', oneOf: ['none', 'tanh'] }],
  examples: [
    { formula: '=gelu([0, 100])', result: [0, 100] },
    { formula: '=gelu(100, approximate="tanh")', result: 100 },
  ],
  lower: ([x], { approximate }) => call(op, [x], { approximate: approximate as GeluAttrs['approximate'] }),
});
