import { call } from '../../engine/op';
import { leaky_relu as op } from '../../engine/ops/leaky_relu';
import { defineFunction } from './define';

/** F.leaky_relu: negative_slope (default 0.01) by position or keyword. */
export const leaky_relu = defineFunction({
  name: 'leaky_relu',
  torch: 'torch.nn.functional.leaky_relu',
  doc: op.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'negative_slope', kind: 'number', default: 0.01 },
  ],
  examples: [
    { formula: '=leaky_relu([-1, 2])', result: [-0.01, 2] },
    { formula: '=leaky_relu(-2, 0.5)', result: -1 },
  ],
  lower: ([x, slope]) => call(op, [x], { slope: slope }),
});
