import { filledLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const zeros = defineFunction({
  name: 'zeros',
  torch: 'torch.zeros',
  doc: 'A tensor of zeros of the given size.',
  params: [{ name: 'size', kind: 'shape', variadic: true }],
  kwargs: [REQUIRES_GRAD],
  examples: [
    {
      formula: '=zeros(2, 2)',
      result: [
        [0, 0],
        [0, 0],
      ],
    },
    { formula: '=zeros(-1)', result: '#VALUE!' },
  ],
  lower: ([size], { requires_grad }) => filledLeaf('zeros', size, () => {}, requires_grad),
});
