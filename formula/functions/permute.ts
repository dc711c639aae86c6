import { call } from '../../engine/op';
import { permute as permuteOp } from '../../engine/ops/permute';
import { defineFunction } from './define';

/** The dims arrive like sizes (separate numbers or a list), as `x.permute(1, 0)` and `permute(x, [1, 0])` take them. */
export const permute = defineFunction({
  name: 'permute',
  torch: 'torch.permute',
  doc: permuteOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dims', kind: 'shape', variadic: true },
  ],
  examples: [
    {
      formula: '=permute([[1, 2, 3], [4, 5, 6]], 1, 0)',
      result: [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
    },
    { formula: '=shape(permute(ones(2, 3, 4), [2, 0, 1]))', result: [4, 2, 3] },
  ],
  lower: ([x, dims]) => call(permuteOp, [x], { dims: dims }),
});
