import { sqrt as op } from '../../engine/ops/sqrt';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The sqrt op as a sheet function (its doc and rules are the op's). */
export const sqrt: FunctionDef = unaryFunction(op, 'torch.sqrt', [{ formula: '=sqrt([4, 9])', result: [2, 3] }]);
