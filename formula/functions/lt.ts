import { lt as op } from '../../engine/ops/lt';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The lt op as a sheet function (its doc and rules are the op's); the formula operator `<` runs it. */
export const lt: FunctionDef = binaryFunction(op, 'torch.lt', [{ formula: '=lt([1, 2, 3], 2)', result: [true, false, false] }]);
