import { call } from '../../engine/op';
import { argmax as argmaxOp } from '../../engine/ops/argmax';
import type { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

export const argmax: FunctionDef = {
  name: 'argmax', torch: 'torch.argmax', doc: argmaxOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'int', default: null, doc: 'The dim to search along; the flattened tensor when omitted.' },
    { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the dim as size 1 (every dim, when dim is omitted).' },
  ],
  examples: [
    { formula: '=argmax([[1, 5], [3, 2]])', result: 1 },
    { formula: '=argmax([[1, 5], [3, 2]], dim=1)', result: [1, 0] },
  ],
  lower: ([input, dim, keepdim]) => call(argmaxOp, [input as Tensor], { dim: dim as number | null, keepdim: keepdim as boolean }),
};
