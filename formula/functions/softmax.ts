import { call } from '../../engine/op';
import { softmax as softmaxOp } from '../../engine/ops/softmax';
import { defineFunction } from './define';

export const softmax = defineFunction({
  name: 'softmax',
  torch: 'torch.softmax',
  doc: `${softmaxOp.doc} PyTorch requires dim; here it defaults to the last dim.`,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'int', default: -1, doc: 'The dim whose entries sum to 1; the last dim when omitted.' },
  ],
  examples: [
    { formula: '=softmax([0, 0])', result: [0.5, 0.5] },
    {
      formula: '=softmax([[0, 0], [1000, 1000]], dim=1)',
      result: [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
    },
  ],
  lower: ([input, dim]) => call(softmaxOp, [input], { dims: [dim] }),
});
