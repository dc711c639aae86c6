import { type Tensor, scalar } from '../../engine/tensor';
import type { FunctionDef } from './types';

export const dim: FunctionDef = {
  name: 'dim', torch: 'torch.Tensor.dim', doc: 'The number of dims (the rank), as a 0-D tensor; the same as x.ndim.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [{ formula: '=ones(2, 3).dim()', result: 2 }],
  lower: ([x]) => scalar((x as Tensor).rank),
};
