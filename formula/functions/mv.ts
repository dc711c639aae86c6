import type { Tensor } from '../../engine/tensor';
import { matmulOfRanks } from './linalg-ranks';
import type { FunctionDef } from './types';

export const mv: FunctionDef = {
  name: 'mv', torch: 'torch.mv', doc: 'Product of a matrix and a vector.',
  params: [{ name: 'input', kind: 'tensor' }, { name: 'vec', kind: 'tensor' }],
  examples: [
    { formula: '=mv([[1, 2], [3, 4]], [1, 1])', result: [3, 7] },
    { formula: '=mv([[1, 2], [3, 4]], [1, 1, 1])', result: '#SHAPE!' },
  ],
  lower: ([a, b]) => matmulOfRanks('mv', a as Tensor, b as Tensor, [2, 1]),
};
