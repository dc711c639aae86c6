import { where as op } from '../../engine/ops/where';
import { call } from '../../engine/op';
import { defineFunction } from './define';

/** torch.where(condition, input, other): the condition a boolean tensor or numbers (nonzero = true). */
export const where = defineFunction({
  name: 'where',
  torch: 'torch.where',
  doc: op.doc,
  params: [
    { name: 'condition', kind: 'tensor' },
    { name: 'input', kind: 'tensor' },
    { name: 'other', kind: 'tensor' },
  ],
  examples: [
    { formula: '=where([1, -1] > 0, [1, 2], [10, 20])', result: [1, 20] },
    {
      formula: '=where([[true], [false]], [1, 2], 0)',
      result: [
        [1, 2],
        [0, 0],
      ],
    },
  ],
  lower: ([c, x, y]) => call(op, [c, x, y]),
});
