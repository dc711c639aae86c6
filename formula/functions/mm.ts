import type { Tensor } from '../../engine/tensor';
import { matmulOfRanks } from './linalg-ranks';
import type { FunctionDef } from './types';

export const mm: FunctionDef = {
  name: 'mm', torch: 'torch.mm', doc: 'Product of two matrices (2-D only).',
  params: [{ name: 'input', kind: 'tensor' }, { name: 'mat2', kind: 'tensor' }],
  examples: [
    { formula: '=mm([[1, 2], [3, 4]], [[1, 0], [0, 1]])', result: [[1, 2], [3, 4]] },
    { formula: '=mm([1, 2], [[1, 0], [0, 1]])', result: '#SHAPE!' },
  ],
  lower: ([a, b]) => matmulOfRanks('mm', a as Tensor, b as Tensor, [2, 2]),
};
