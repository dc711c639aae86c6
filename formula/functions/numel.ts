import { scalar } from '../../engine/tensor';
import { defineFunction } from './define';

export const numel = defineFunction({
  name: 'numel',
  torch: 'torch.numel',
  doc: 'The number of elements, as a 0-D tensor.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [{ formula: '=numel(ones(2, 3))', result: 6 }],
  lower: ([x]) => scalar(x.size),
});
