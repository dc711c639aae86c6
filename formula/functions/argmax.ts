import { argmax as op } from '../../engine/ops/argmax';
import { dimReductionFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The argmax op as a sheet function (its doc and rules are the op's). */
export const argmax: FunctionDef = dimReductionFunction(
  op,
  'torch.argmax',
  [
    { formula: '=argmax([[1, 5], [3, 2]])', result: 1 },
    { formula: '=argmax([[1, 5], [3, 2]], dim=1)', result: [1, 0] },
  ],
  'The dim to search along; the flattened tensor when omitted.',
  'Keep the dim as size 1 (every dim, when dim is omitted).',
);
