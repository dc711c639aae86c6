import { call } from '../../engine/op';
import { reshape as reshapeOp } from '../../engine/ops/reshape';
import { inferShape } from './shape-args';
import { defineFunction } from './define';

/** reshape and view: the sizes (one may be -1, inferred) as separate numbers, a list or a shape. */
export const reshape = defineFunction({
  name: 'reshape',
  torch: 'torch.reshape',
  doc: reshapeOp.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'shape', kind: 'shape', variadic: true },
  ],
  examples: [
    {
      formula: '=reshape([1, 2, 3, 4, 5, 6], 2, -1)',
      result: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    },
    { formula: '=reshape([1, 2, 3], [2, 2])', result: '#SHAPE!' },
  ],
  lower: ([x, sizes]) => {
    const t = x;
    const shape = inferShape('reshape', sizes, t.size);
    return 'code' in shape ? shape : call(reshapeOp, [t], shape);
  },
});
