import { maximum as op } from '../../engine/ops/maximum';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The maximum op as a sheet function (its doc and rules are the op's). */
export const maximum: FunctionDef = binaryFunction(op, 'torch.maximum', [{ formula: '=maximum([1, 5], [3, 2])', result: [3, 5] }]);
