import { le as op } from '../../engine/ops/le';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The le op as a sheet function (its doc and rules are the op's); the formula operator `<=` runs it. */
export const le: FunctionDef = binaryFunction(op, 'torch.le', [{ formula: '=le([1, 2, 3], 2)', result: [true, true, false] }]);
