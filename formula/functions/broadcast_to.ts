import { errors } from '../../engine/errors';
import { call } from '../../engine/op';
import { expand } from '../../engine/ops/expand';
import { defineFunction } from './define';

/** expand's sizes: -1 keeps the input's size in that dim (not allowed for new leading dims). */
export const broadcast_to = defineFunction({
  name: 'broadcast_to',
  torch: 'torch.broadcast_to',
  doc: expand.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'shape', kind: 'shape', variadic: true },
  ],
  examples: [
    {
      formula: '=broadcast_to([1, 2], 2, 2)',
      result: [
        [1, 2],
        [1, 2],
      ],
    },
    {
      formula: '=broadcast_to([[1], [2]], [-1, 3])',
      result: [
        [1, 1, 1],
        [2, 2, 2],
      ],
    },
    { formula: '=broadcast_to([1, 2], 3)', result: '#SHAPE!' },
  ],
  lower: ([x, sizes]) => {
    const t = x;
    const to = [...sizes];
    const lead = to.length - t.rank;
    if (lead < 0) {
      return errors.shape('broadcast_to', `the shape ${errors.fmtShape(to)} has fewer dims than the input ${errors.fmtShape(t.shape)}`);
    }
    for (let i = 0; i < to.length; i++) {
      if (to[i] >= 0) continue;
      if (to[i] !== -1 || i < lead) return errors.value('broadcast_to', `invalid size ${to[i]} at dim ${i} of ${errors.fmtShape(to)}`);
      to[i] = t.shape[i - lead];
    }
    return call(expand, [t], to);
  },
});
