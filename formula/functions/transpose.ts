import { isError } from '../../engine/errors';
import { call } from '../../engine/op';
import { permute, transposeAttrs } from '../../engine/ops/permute';
import { defineFunction } from './define';

export const transpose = defineFunction({
  name: 'transpose',
  torch: 'torch.transpose',
  doc: 'Swaps two dims.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim0', kind: 'int' },
    { name: 'dim1', kind: 'int' },
  ],
  examples: [
    {
      formula: '=transpose([[1, 2, 3], [4, 5, 6]], 0, 1)',
      result: [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
    },
  ],
  lower: ([x, d0, d1]) => {
    const t = x;
    const attrs = transposeAttrs(t.rank, d0, d1);
    return isError(attrs) ? attrs : call(permute, [t], attrs);
  },
});
