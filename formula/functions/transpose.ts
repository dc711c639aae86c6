import { isError } from '../../engine/errors';
import { call } from '../../engine/op';
import { permute, transposeAttrs } from '../../engine/ops/permute';
import type { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

export const transpose: FunctionDef = {
  name: 'transpose', torch: 'torch.transpose', doc: 'Swaps two dims.',
  params: [{ name: 'input', kind: 'tensor' }, { name: 'dim0', kind: 'int' }, { name: 'dim1', kind: 'int' }],
  examples: [{ formula: '=transpose([[1, 2, 3], [4, 5, 6]], 0, 1)', result: [[1, 4], [2, 5], [3, 6]] }],
  lower: ([x, d0, d1]) => {
    const t = x as Tensor;
    const attrs = transposeAttrs(t.rank, d0 as number, d1 as number);
    return isError(attrs) ? attrs : call(permute, [t], attrs);
  },
};
