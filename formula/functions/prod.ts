import { call } from '../../engine/op';
import { prod as prodOp } from '../../engine/ops/prod';
import type { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

export const prod: FunctionDef = {
  name: 'prod', torch: 'torch.prod', doc: prodOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'int', default: null, doc: 'The one dim to multiply along; every element when omitted.' },
    { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the dim as size 1.' },
  ],
  examples: [
    { formula: '=prod([[1, 2], [3, 4]])', result: 24 },
    { formula: '=prod([[1, 2], [3, 4]], dim=1)', result: [2, 12] },
  ],
  lower: ([input, dim, keepdim]) => call(prodOp, [input as Tensor], { dim: dim as number | null, keepdim: keepdim as boolean }),
};
