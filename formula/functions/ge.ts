import { ge as op } from '../../engine/ops/ge';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The ge op as a sheet function (its doc and rules are the op's); the formula operator `>=` runs it. */
export const ge: FunctionDef = binaryFunction(op, 'torch.ge', [{ formula: '=ge([1, 2, 3], 2)', result: [false, true, true] }]);
