import { relu as op } from '../../engine/ops/relu';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The relu op as a sheet function (its doc and rules are the op's). */
export const relu: FunctionDef = unaryFunction(op, 'torch.nn.functional.relu', [{ formula: '=relu([-1, 0, 2])', result: [0, 0, 2] }]);
