import { call } from '../../engine/op';
import { log_softmax as logSoftmaxOp } from '../../engine/ops/log_softmax';
import { defineFunction } from './define';

export const log_softmax = defineFunction({
  name: 'log_softmax',
  torch: 'torch.log_softmax',
  doc: `${logSoftmaxOp.doc} PyTorch requires dim; here it defaults to the last dim.`,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'int', default: -1, doc: 'The dim to normalise over; the last dim when omitted.' },
  ],
  examples: [
    { formula: '=log_softmax([0, 0])', result: [-0.6931471805599453, -0.6931471805599453] },
    { formula: '=log_softmax([0, -1000])', result: [0, -1000] },
  ],
  lower: ([input, dim]) => call(logSoftmaxOp, [input], { dims: [dim] }),
});
