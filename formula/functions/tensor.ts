import { leaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const tensor = defineFunction({
  name: 'tensor',
  torch: 'torch.tensor',
  doc: 'A new leaf tensor holding a copy of the data, without history.',
  params: [{ name: 'data', kind: 'tensor' }],
  kwargs: [REQUIRES_GRAD],
  examples: [
    {
      formula: '=tensor([[1, 2], [3, 4]])',
      result: [
        [1, 2],
        [3, 4],
      ],
    },
    { formula: '=tensor(2.5, requires_grad=true).requires_grad', result: true },
  ],
  lower: ([d], { requires_grad }) => {
    const t = d;
    return leaf('tensor', t.data.slice(), t.shape, requires_grad, t.dtype);
  },
});
