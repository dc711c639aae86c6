import { ceil as op } from '../../engine/ops/ceil';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The ceil op as a sheet function (its doc and rules are the op's). */
export const ceil: FunctionDef = unaryFunction(op, 'torch.ceil', [{ formula: '=ceil([-1.5, 1.5])', result: [-1, 2] }]);
