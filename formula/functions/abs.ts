import { abs as op } from '../../engine/ops/abs';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The abs op as a sheet function (its doc and rules are the op's). */
export const abs: FunctionDef = unaryFunction(op, 'torch.abs', [{ formula: '=abs([-2, 0, 3])', result: [2, 0, 3] }]);
