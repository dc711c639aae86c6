import { neg as op } from '../../engine/ops/neg';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The neg op as a sheet function (its doc and rules are the op's); unary minus runs it. */
export const neg: FunctionDef = unaryFunction(op, 'torch.neg', [{ formula: '=neg([1, -2])', result: [-1, 2] }]);
