import { matmulOfRanks } from './linalg-ranks';
import { defineFunction } from './define';

export const mm = defineFunction({
  name: 'mm',
  torch: 'torch.mm',
  doc: 'Product of two matrices (2-D only).',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'mat2', kind: 'tensor' },
  ],
  examples: [
    {
      formula: '=mm([[1, 2], [3, 4]], [[1, 0], [0, 1]])',
      result: [
        [1, 2],
        [3, 4],
      ],
    },
    { formula: '=mm([1, 2], [[1, 0], [0, 1]])', result: '#SHAPE!' },
  ],
  lower: ([a, b]) => matmulOfRanks('mm', a, b, [2, 2]),
});
