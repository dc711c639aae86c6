import { log as op } from '../../engine/ops/log';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The log op as a sheet function (its doc and rules are the op's). */
export const log: FunctionDef = unaryFunction(op, 'torch.log', [{ formula: '=log([1, 2.718281828459045])', result: [0, 1] }]);
