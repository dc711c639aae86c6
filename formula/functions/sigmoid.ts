import { sigmoid as op } from '../../engine/ops/sigmoid';
import { unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The sigmoid op as a sheet function (its doc and rules are the op's). */
export const sigmoid: FunctionDef = unaryFunction(op, 'torch.sigmoid', [{ formula: '=sigmoid(0)', result: 0.5 }]);
