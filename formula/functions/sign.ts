import { sign as op } from '../../engine/ops/sign';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The sign op as a sheet function (its doc and rules are the op's). */
export const sign: FunctionDef = unaryFunction(op, 'torch.sign', [{ formula: '=sign([-2, 0, 3])', result: [-1, 0, 1] }]);
