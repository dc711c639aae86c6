import { tanh as op } from '../../engine/ops/tanh';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The tanh op as a sheet function (its doc and rules are the op's). */
export const tanh: FunctionDef = unaryFunction(op, 'torch.tanh', [{ formula: '=tanh([0, 1000])', result: [0, 1] }]);
