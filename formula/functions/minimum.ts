import { minimum as op } from '../../engine/ops/minimum';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The minimum op as a sheet function (its doc and rules are the op's). */
export const minimum: FunctionDef = binaryFunction(op, 'torch.minimum', [{ formula: '=minimum([1, 5], [3, 2])', result: [1, 2] }]);
