import { log1p as op } from '../../engine/ops/log1p';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The log1p op as a sheet function (its doc and rules are the op's). */
export const log1p: FunctionDef = unaryFunction(op, 'torch.log1p', [{ formula: '=log1p(1e-20)', result: 1e-20 }]);
