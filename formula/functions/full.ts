import { filledLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const full = defineFunction({
  name: 'full',
  torch: 'torch.full',
  doc: 'A tensor of the given size filled with one value.',
  params: [
    { name: 'size', kind: 'shape' },
    { name: 'fill_value', kind: 'number' },
  ],
  kwargs: [REQUIRES_GRAD],
  examples: [
    {
      formula: '=full([2, 2], 7)',
      result: [
        [7, 7],
        [7, 7],
      ],
    },
  ],
  lower: ([size, v], { requires_grad }) => filledLeaf('full', size, (out) => out.fill(v), requires_grad),
});
