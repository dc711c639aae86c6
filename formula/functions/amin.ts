import { call } from '../../engine/op';
import { amin as aminOp } from '../../engine/ops/amin';
import type { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

export const amin: FunctionDef = {
  name: 'amin', torch: 'torch.amin', doc: aminOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'dim', default: null, doc: 'Dim or list of dims to reduce; every dim when omitted.' },
    { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the reduced dims as size 1.' },
  ],
  examples: [
    { formula: '=amin([[1, 5], [3, 2]])', result: 1 },
    { formula: '=amin([[1, 5], [3, 2]], dim=1)', result: [1, 2] },
  ],
  lower: ([input, dim, keepdim]) => call(aminOp, [input as Tensor], { dims: dim as number[] | null, keepdim: keepdim as boolean }),
};
