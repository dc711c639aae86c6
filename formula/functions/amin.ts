import { amin as op } from '../../engine/ops/amin';
import { reductionFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The amin op as a sheet function (its doc and rules are the op's). */
export const amin: FunctionDef = reductionFunction(op, 'torch.amin', [
  { formula: '=amin([[1, 5], [3, 2]])', result: 1 },
  { formula: '=amin([[1, 5], [3, 2]], dim=1)', result: [1, 2] },
]);
