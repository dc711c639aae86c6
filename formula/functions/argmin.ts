import { argmin as op } from '../../engine/ops/argmin';
import { dimReductionFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The argmin op as a sheet function (its doc and rules are the op's). */
export const argmin: FunctionDef = dimReductionFunction(
  op,
  'torch.argmin',
  [
    { formula: '=argmin([[1, 5], [3, 2]])', result: 0 },
    { formula: '=argmin([[1, 5], [3, 2]], dim=1)', result: [0, 1] },
  ],
  'The dim to search along; the flattened tensor when omitted.',
  'Keep the dim as size 1 (every dim, when dim is omitted).',
);
