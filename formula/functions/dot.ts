import { matmulOfRanks } from './linalg-ranks';
import { defineFunction } from './define';

export const dot = defineFunction({
  name: 'dot',
  torch: 'torch.dot',
  doc: 'Dot product of two vectors (1-D only), as a 0-D tensor.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'other', kind: 'tensor' },
  ],
  examples: [
    { formula: '=dot([1, 2, 3], [4, 5, 6])', result: 32 },
    { formula: '=dot([[1]], [[1]])', result: '#SHAPE!' },
  ],
  lower: ([a, b]) => matmulOfRanks('dot', a, b, [1, 1]),
});
