import { fillNormal, filledLeaf, REQUIRES_GRAD } from './shape-args';
import type { FunctionDef } from './types';

/** Standard normal by Box-Muller from the cell's seeded stream (not PyTorch's generator: same law, other numbers). */
export const randn: FunctionDef = {
  name: 'randn', torch: 'torch.randn', doc: 'Random numbers from the standard normal distribution, reproducible per cell.',
  params: [{ name: 'size', kind: 'shape', variadic: true }],
  kwargs: [REQUIRES_GRAD],
  examples: [{ formula: '=shape(randn([3]))', result: [3] }],
  lower: ([size], { requires_grad }, ctx) => filledLeaf('randn', size as number[], (out) => fillNormal(out, ctx.random), requires_grad as boolean),
};
