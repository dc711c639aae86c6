// Owns `all` and `any`: whether every (some) element is nonzero, over all dims or the ones given, as a
// boolean tensor (no gradient, as in PyTorch).

import { isError } from '../../engine/errors';
import { call } from '../../engine/op';
import { amax } from '../../engine/ops/amax';
import { amin } from '../../engine/ops/amin';
import { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';
import { defineFunction } from './define';

function truthReduce(name: 'all' | 'any'): FunctionDef {
  const every = name === 'all';
  return defineFunction({
    name,
    torch: `torch.${name}`,
    doc: every
      ? 'Whether every element is nonzero (True for an empty tensor).'
      : 'Whether some element is nonzero (False for an empty tensor).',
    params: [
      { name: 'input', kind: 'tensor' },
      { name: 'dim', kind: 'dim', default: null, doc: 'Dim or list of dims to reduce; every dim when omitted.' },
      { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the reduced dims as size 1.' },
    ],
    examples: [
      { formula: `=${name}([1, 0, 2])`, result: !every },
      { formula: `=[[1, 0], [1, 1]].${name}(dim=1)`, result: every ? [false, true] : [true, true] },
    ],
    lower: ([x, dims, keepdim]) => {
      if (x.size === 0 && dims === null && !keepdim) return new Tensor(Float64Array.of(every ? 1 : 0), [], 'bool');
      const nonzero = new Tensor(
        x.data.map((v) => (v !== 0 ? 1 : 0)),
        x.shape,
      );
      const out = call(every ? amin : amax, [nonzero], { dims, keepdim });
      return isError(out) ? out : new Tensor(out.data, out.shape, 'bool');
    },
  });
}

export const all = truthReduce('all');
export const any = truthReduce('any');
