import { isError } from '../../engine/errors';
import { AFTER, drawn, SEED, uniformDraw } from './random-args';
import { likeLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const rand_like = defineFunction({
  name: 'rand_like',
  torch: 'torch.rand_like',
  doc: "Uniform random numbers in [0, 1) of the shape of input; with seed= or after=, exactly PyTorch's.",
  params: [{ name: 'input', kind: 'tensor' }],
  kwargs: [REQUIRES_GRAD, SEED, AFTER],
  examples: [
    { formula: '=shape(rand_like(ones(2, 2)))', result: [2, 2] },
    { formula: '=rand_like(zeros(3), seed=0)', result: [0.9700530018065531, 0.707819864399788, 0.45938294312745087] },
  ],
  lower: ([x], { requires_grad, seed, after }, ctx) => {
    const draw = uniformDraw('rand_like', { seed, after }, ctx);
    return isError(draw) ? draw : drawn(likeLeaf('rand_like', x, draw.fill, requires_grad, true), draw.generator);
  },
});
