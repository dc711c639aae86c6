import { likeLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

/** A boolean input gives a boolean result, as in PyTorch: any nonzero fill is true. */
export const full_like = defineFunction({
  name: 'full_like',
  torch: 'torch.full_like',
  doc: 'The shape of input filled with one value.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'fill_value', kind: 'number' },
  ],
  kwargs: [REQUIRES_GRAD],
  examples: [{ formula: '=full_like([1, 2, 3], 0.5)', result: [0.5, 0.5, 0.5] }],
  lower: ([x, v], { requires_grad }) => {
    const t = x;
    const value = t.dtype === 'bool' ? Number(v !== 0) : v;
    return likeLeaf('full_like', t, (out) => out.fill(value), requires_grad);
  },
});
