import { isError } from '../../engine/errors';
import { AFTER, drawn, normalDraw, SEED } from './random-args';
import { filledLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

/** Standard normal: PyTorch's numbers for `seed=`, else Box-Muller from the cell's seeded stream (same law, other numbers). */
export const randn = defineFunction({
  name: 'randn',
  torch: 'torch.randn',
  doc: "Random numbers from the standard normal distribution, reproducible per cell; with seed= or after=, exactly PyTorch's.",
  params: [{ name: 'size', kind: 'shape', variadic: true }],
  kwargs: [REQUIRES_GRAD, SEED, AFTER],
  examples: [
    { formula: '=shape(randn([3]))', result: [3] },
    { formula: '=randn(2, seed=0)', result: [1.5409961082440433, -0.2934289057609464] },
    // torch.manual_seed(1); w = torch.randn(5, 3); b = torch.randn(3): b is the draw after w's.
    { formula: '=randn(3, after=randn(5, 3, seed=1))', result: [0.26731699794736563, -0.4211951567546136, -0.5106999992831965] },
    { formula: '=randn(3, after=ones(3))', result: '#VALUE!' },
  ],
  lower: ([size], { requires_grad, seed, after }, ctx) => {
    const draw = normalDraw('randn', { seed, after }, ctx);
    return isError(draw) ? draw : drawn(filledLeaf('randn', size, draw.fill, requires_grad), draw.generator);
  },
});
