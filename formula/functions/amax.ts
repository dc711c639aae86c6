import { amax as op } from '../../engine/ops/amax';
import { reductionFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The amax op as a sheet function (its doc and rules are the op's). */
export const amax: FunctionDef = reductionFunction(op, 'torch.amax', [
  { formula: '=amax([[1, 5], [3, 2]])', result: 5 },
  { formula: '=amax([[1, 5], [3, 2]], dim=1)', result: [5, 3] },
]);
