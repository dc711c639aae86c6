import { call } from '../../engine/op';
import { amax as amaxOp } from '../../engine/ops/amax';
import type { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

export const amax: FunctionDef = {
  name: 'amax', torch: 'torch.amax', doc: amaxOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'dim', default: null, doc: 'Dim or list of dims to reduce; every dim when omitted.' },
    { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the reduced dims as size 1.' },
  ],
  examples: [
    { formula: '=amax([[1, 5], [3, 2]])', result: 5 },
    { formula: '=amax([[1, 5], [3, 2]], dim=1)', result: [5, 3] },
  ],
  lower: ([input, dim, keepdim]) => call(amaxOp, [input as Tensor], { dims: dim as number[] | null, keepdim: keepdim as boolean }),
};
