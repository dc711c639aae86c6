import { tan as op } from '../../engine/ops/tan';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The tan op as a sheet function (its doc and rules are the op's). */
export const tan: FunctionDef = unaryFunction(op, 'torch.tan', [{ formula: '=tan(0)', result: 0 }]);
