import { call } from '../../engine/op';
import { softplus as op } from '../../engine/ops/softplus';
import { defineFunction } from './define';

/** F.softplus with PyTorch's defaults beta=1, threshold=20. */
export const softplus = defineFunction({
  name: 'softplus',
  torch: 'torch.nn.functional.softplus',
  doc: op.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'beta', kind: 'number', default: 1 },
    { name: 'threshold', kind: 'number', default: 20, doc: 'past beta·x > threshold the result is x' },
  ],
  examples: [{ formula: '=softplus([0, 30])', result: [0.6931471805599453, 30] }],
  lower: ([x, beta, threshold]) => call(op, [x], { beta: beta, threshold: threshold }),
});
