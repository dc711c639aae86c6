import { call } from '../../engine/op';
import { argmin as argminOp } from '../../engine/ops/argmin';
import type { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

export const argmin: FunctionDef = {
  name: 'argmin', torch: 'torch.argmin', doc: argminOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'int', default: null, doc: 'The dim to search along; the flattened tensor when omitted.' },
    { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the dim as size 1 (every dim, when dim is omitted).' },
  ],
  examples: [
    { formula: '=argmin([[1, 5], [3, 2]])', result: 0 },
    { formula: '=argmin([[1, 5], [3, 2]], dim=1)', result: [0, 1] },
  ],
  lower: ([input, dim, keepdim]) => call(argminOp, [input as Tensor], { dim: dim as number | null, keepdim: keepdim as boolean }),
};
