import { isError } from '../../engine/errors';
import { AFTER, drawn, SEED, uniformDraw } from './random-args';
import { filledLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

/** Uniform in [0, 1): PyTorch's numbers for `seed=`, else the cell's seeded stream, so recalculation shows the same numbers. */
export const rand = defineFunction({
  name: 'rand',
  torch: 'torch.rand',
  doc: "Random numbers uniform in [0, 1), reproducible per cell; with seed= or after=, exactly PyTorch's.",
  params: [{ name: 'size', kind: 'shape', variadic: true }],
  kwargs: [REQUIRES_GRAD, SEED, AFTER],
  examples: [
    { formula: '=shape(rand(2, 3))', result: [2, 3] },
    { formula: '=numel(rand([4, 5]))', result: 20 },
    { formula: '=rand(2, seed=0)', result: [0.9700530018065531, 0.707819864399788] },
  ],
  lower: ([size], { requires_grad, seed, after }, ctx) => {
    const draw = uniformDraw('rand', { seed, after }, ctx);
    return isError(draw) ? draw : drawn(filledLeaf('rand', size, draw.fill, requires_grad), draw.generator);
  },
});
