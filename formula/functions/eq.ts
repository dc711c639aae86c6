import { eq as op } from '../../engine/ops/eq';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The eq op as a sheet function (its doc and rules are the op's); the formula operator `==` runs it. */
export const eq: FunctionDef = binaryFunction(op, 'torch.eq', [{ formula: '=eq([1, 2], 2)', result: [false, true] }]);
