import { likeLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const ones_like = defineFunction({
  name: 'ones_like',
  torch: 'torch.ones_like',
  doc: 'Ones of the shape of input.',
  params: [{ name: 'input', kind: 'tensor' }],
  kwargs: [REQUIRES_GRAD],
  examples: [{ formula: '=ones_like([[5, 6]])', result: [[1, 1]] }],
  lower: ([x], { requires_grad }) => likeLeaf('ones_like', x, (out) => out.fill(1), requires_grad),
});
