import { exp as op } from '../../engine/ops/exp';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The exp op as a sheet function (its doc and rules are the op's). */
export const exp: FunctionDef = unaryFunction(op, 'torch.exp', [{ formula: '=exp([0, 1])', result: [1, 2.718281828459045] }]);
