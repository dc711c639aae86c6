import { mul as op } from '../../engine/ops/mul';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The mul op as a sheet function (its doc and rules are the op's); the formula operator `*` runs it. */
export const mul: FunctionDef = binaryFunction(op, 'torch.mul', [{ formula: '=mul([1, 2], 3)', result: [3, 6] }]);
