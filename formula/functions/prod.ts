import { prod as op } from '../../engine/ops/prod';
import { dimReductionFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

/** The prod op as a sheet function (its doc and rules are the op's). */
export const prod: FunctionDef = dimReductionFunction(
  op,
  'torch.prod',
  [
    { formula: '=prod([[1, 2], [3, 4]])', result: 24 },
    { formula: '=prod([[1, 2], [3, 4]], dim=1)', result: [2, 12] },
  ],
  'The one dim to multiply along; every element when omitted.',
  'Keep the dim as size 1.',
);
