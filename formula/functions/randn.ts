import { isError } from '../../engine/errors';
import { normalFill, SEED } from './random-args';
import { filledLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

/** Standard normal: PyTorch's numbers for `seed=`, else Box-Muller from the cell's seeded stream (same law, other numbers). */
export const randn = defineFunction({
  name: 'randn',
  torch: 'torch.randn',
  doc: "Random numbers from the standard normal distribution, reproducible per cell; with seed=, exactly PyTorch's.",
  params: [{ name: 'size', kind: 'shape', variadic: true }],
  kwargs: [REQUIRES_GRAD, SEED],
  examples: [
    { formula: '=shape(randn([3]))', result: [3] },
    { formula: '=randn(2, seed=0)', result: [1.5409961082440433, -0.2934289057609464] },
  ],
  lower: ([size], { requires_grad, seed }, ctx) => {
    const fill = normalFill('randn', seed, ctx);
    return isError(fill) ? fill : filledLeaf('randn', size, fill, requires_grad);
  },
});
