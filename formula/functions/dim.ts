import { scalar } from '../../engine/tensor';
import { defineFunction } from './define';

export const dim = defineFunction({
  name: 'dim',
  torch: 'torch.Tensor.dim',
  doc: 'The number of dims (the rank), as a 0-D tensor; the same as x.ndim.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [{ formula: '=ones(2, 3).dim()', result: 2 }],
  lower: ([x]) => scalar(x.rank),
});
