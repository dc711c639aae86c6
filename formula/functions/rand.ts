import { fillUniform, filledLeaf, REQUIRES_GRAD } from './shape-args';
import type { FunctionDef } from './types';

/** Uniform in [0, 1) from the cell's seeded stream, so recalculation shows the same numbers. */
export const rand: FunctionDef = {
  name: 'rand', torch: 'torch.rand', doc: 'Random numbers uniform in [0, 1), reproducible per cell.',
  params: [{ name: 'size', kind: 'shape', variadic: true }],
  kwargs: [REQUIRES_GRAD],
  examples: [
    { formula: '=shape(rand(2, 3))', result: [2, 3] },
    { formula: '=numel(rand([4, 5]))', result: 20 },
  ],
  lower: ([size], { requires_grad }, ctx) => filledLeaf('rand', size as number[], (out) => fillUniform(out, ctx.random), requires_grad as boolean),
};
