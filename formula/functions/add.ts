import { call, run, attempt } from '../../engine/op';
import { add as op } from '../../engine/ops/add';
import { mul } from '../../engine/ops/mul';
import { scalar } from '../../engine/tensor';
import { defineFunction } from './define';

/** input + alpha·other; the formula operator `+` runs it too. */
export const add = defineFunction({
  name: 'add',
  torch: 'torch.add',
  doc: op.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'other', kind: 'tensor' },
  ],
  kwargs: [{ name: 'alpha', kind: 'number', default: 1, doc: 'multiplies other before adding' }],
  examples: [
    { formula: '=add([1, 2], 3)', result: [4, 5] },
    { formula: '=add(1, 2, alpha=10)', result: 21 },
  ],
  lower: (args, { alpha }) => {
    if (alpha === 1) return call(op, args);
    const [x, y] = args;
    return attempt(() => run(op, [x, run(mul, [y, scalar(alpha)])]));
  },
});
