import { ne as op } from '../../engine/ops/ne';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The ne op as a sheet function (its doc and rules are the op's); the formula operators `!=` and `<>` run it. */
export const ne: FunctionDef = binaryFunction(op, 'torch.ne', [{ formula: '=ne([1, 2], 2)', result: [true, false] }]);
