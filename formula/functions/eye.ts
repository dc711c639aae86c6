import { filledLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const eye = defineFunction({
  name: 'eye',
  torch: 'torch.eye',
  doc: 'An n × m matrix (m defaults to n) with ones on the diagonal.',
  params: [
    { name: 'n', kind: 'int' },
    { name: 'm', kind: 'int', default: null },
  ],
  kwargs: [REQUIRES_GRAD],
  examples: [
    {
      formula: '=eye(2)',
      result: [
        [1, 0],
        [0, 1],
      ],
    },
    {
      formula: '=eye(2, 3)',
      result: [
        [1, 0, 0],
        [0, 1, 0],
      ],
    },
  ],
  lower: ([n, m], { requires_grad }) => {
    const rows = n;
    const cols = m ?? rows;
    const fill = (out: Float64Array): void => {
      for (let i = 0; i < Math.min(rows, cols); i++) out[i * cols + i] = 1;
    };
    return filledLeaf('eye', [rows, cols], fill, requires_grad);
  },
});
