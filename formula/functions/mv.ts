import { matmulOfRanks } from './linalg-ranks';
import { defineFunction } from './define';

export const mv = defineFunction({
  name: 'mv',
  torch: 'torch.mv',
  doc: 'Product of a matrix and a vector.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'vec', kind: 'tensor' },
  ],
  examples: [
    { formula: '=mv([[1, 2], [3, 4]], [1, 1])', result: [3, 7] },
    { formula: '=mv([[1, 2], [3, 4]], [1, 1, 1])', result: '#SHAPE!' },
  ],
  lower: ([a, b]) => matmulOfRanks('mv', a, b, [2, 1]),
});
