import { floor as op } from '../../engine/ops/floor';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The floor op as a sheet function (its doc and rules are the op's). */
export const floor: FunctionDef = unaryFunction(op, 'torch.floor', [{ formula: '=floor([-1.5, 1.5])', result: [-2, 1] }]);
