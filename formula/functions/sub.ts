import { call, run, attempt } from '../../engine/op';
import { mul } from '../../engine/ops/mul';
import { sub as op } from '../../engine/ops/sub';
import { scalar } from '../../engine/tensor';
import { defineFunction } from './define';

/** input - alpha·other; the formula operator `-` runs it too. */
export const sub = defineFunction({
  name: 'sub',
  torch: 'torch.sub',
  doc: op.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'other', kind: 'tensor' },
  ],
  kwargs: [{ name: 'alpha', kind: 'number', default: 1, doc: 'multiplies other before subtracting' }],
  examples: [
    { formula: '=sub([1, 2], 3)', result: [-2, -1] },
    { formula: '=sub(1, 2, alpha=10)', result: -19 },
  ],
  lower: (args, { alpha }) => {
    if (alpha === 1) return call(op, args);
    const [x, y] = args;
    return attempt(() => run(op, [x, run(mul, [y, scalar(alpha)])]));
  },
});
