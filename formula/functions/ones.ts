import { filledLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const ones = defineFunction({
  name: 'ones',
  torch: 'torch.ones',
  doc: 'A tensor of ones of the given size.',
  params: [{ name: 'size', kind: 'shape', variadic: true }],
  kwargs: [REQUIRES_GRAD],
  examples: [
    {
      formula: '=ones(2, 3)',
      result: [
        [1, 1, 1],
        [1, 1, 1],
      ],
    },
    { formula: '=ones([2])', result: [1, 1] },
    { formula: '=ones(100000, 100000)', result: '#LIMIT!' },
  ],
  lower: ([size], { requires_grad }) => filledLeaf('ones', size, (out) => out.fill(1), requires_grad),
});
