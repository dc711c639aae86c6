import { gt as op } from '../../engine/ops/gt';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The gt op as a sheet function (its doc and rules are the op's); the formula operator `>` runs it. */
export const gt: FunctionDef = binaryFunction(op, 'torch.gt', [{ formula: '=gt([1, 2, 3], 2)', result: [false, false, true] }]);
