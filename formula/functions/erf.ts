import { erf as op } from '../../engine/ops/erf';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The erf op as a sheet function (its doc and rules are the op's). */
export const erf: FunctionDef = unaryFunction(op, 'torch.erf', [{ formula: '=erf([0, 30])', result: [0, 1] }]);
