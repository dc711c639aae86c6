import type { Tensor } from '../../engine/tensor';
import { matmulOfRanks } from './linalg-ranks';
import type { FunctionDef } from './types';

export const dot: FunctionDef = {
  name: 'dot', torch: 'torch.dot', doc: 'Dot product of two vectors (1-D only), as a 0-D tensor.',
  params: [{ name: 'input', kind: 'tensor' }, { name: 'other', kind: 'tensor' }],
  examples: [
    { formula: '=dot([1, 2, 3], [4, 5, 6])', result: 32 },
    { formula: '=dot([[1]], [[1]])', result: '#SHAPE!' },
  ],
  lower: ([a, b]) => matmulOfRanks('dot', a as Tensor, b as Tensor, [1, 1]),
};
