import { call, run, attempt } from '../../engine/op';
import { add as op } from '../../engine/ops/add';
import { mul } from '../../engine/ops/mul';
import { type Tensor, scalar } from '../../engine/tensor';
import type { FunctionDef } from './types';

/** input + alpha·other; the formula operator `+` runs it too. */
export const add: FunctionDef = {
  name: 'add', torch: 'torch.add', doc: op.doc,
  params: [{ name: 'input', kind: 'tensor' }, { name: 'other', kind: 'tensor' }],
  kwargs: [{ name: 'alpha', kind: 'number', default: 1, doc: 'multiplies other before adding' }],
  examples: [
    { formula: '=add([1, 2], 3)', result: [4, 5] },
    { formula: '=add(1, 2, alpha=10)', result: 21 },
  ],
  lower: ([x, y], { alpha }) =>
    alpha === 1
      ? call(op, [x as Tensor, y as Tensor])
      : attempt(() => run(op, [x as Tensor, run(mul, [y as Tensor, scalar(alpha as number)])])),
};
