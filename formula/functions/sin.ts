import { sin as op } from '../../engine/ops/sin';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The sin op as a sheet function (its doc and rules are the op's). */
export const sin: FunctionDef = unaryFunction(op, 'torch.sin', [{ formula: '=sin(0)', result: 0 }]);
