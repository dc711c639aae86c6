import { div as op } from '../../engine/ops/div';
import { binaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The div op as a sheet function (its doc and rules are the op's); the formula operator `/` runs it. */
export const div: FunctionDef = binaryFunction(op, 'torch.div', [{ formula: '=div([1, 2], 4)', result: [0.25, 0.5] }]);
