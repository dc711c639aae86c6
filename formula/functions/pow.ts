import { pow as op } from '../../engine/ops/pow';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The pow op as a sheet function (its doc and rules are the op's); the formula operators `**` and `^` run it. */
export const pow: FunctionDef = binaryFunction(op, 'torch.pow', [
  { formula: '=pow([1, 2, 3], 2)', result: [1, 4, 9] },
  { formula: '=pow(2, [0, 1, -1])', result: [1, 2, 0.5] },
], 'exponent');
