import { likeLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const zeros_like = defineFunction({
  name: 'zeros_like',
  torch: 'torch.zeros_like',
  doc: 'Zeros of the shape of input.',
  params: [{ name: 'input', kind: 'tensor' }],
  kwargs: [REQUIRES_GRAD],
  examples: [{ formula: '=zeros_like([5, 6])', result: [0, 0] }],
  lower: ([x], { requires_grad }) => likeLeaf('zeros_like', x, () => {}, requires_grad),
});
