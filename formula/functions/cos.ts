import { cos as op } from '../../engine/ops/cos';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The cos op as a sheet function (its doc and rules are the op's). */
export const cos: FunctionDef = unaryFunction(op, 'torch.cos', [{ formula: '=cos(0)', result: 1 }]);
