import { isError } from '../../engine/errors';
import { AFTER, drawn, normalDraw, SEED } from './random-args';
import { likeLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const randn_like = defineFunction({
  name: 'randn_like',
  torch: 'torch.randn_like',
  doc: "Standard normal random numbers of the shape of input; with seed= or after=, exactly PyTorch's.",
  params: [{ name: 'input', kind: 'tensor' }],
  kwargs: [REQUIRES_GRAD, SEED, AFTER],
  examples: [
    { formula: '=shape(randn_like([1, 2, 3]))', result: [3] },
    {
      formula: '=randn_like(zeros(2, 2), seed=0)',
      result: [
        [1.5409961082440433, -0.2934289057609464],
        [-2.1787893820745574, 0.5684312772806678],
      ],
    },
  ],
  lower: ([x], { requires_grad, seed, after }, ctx) => {
    const draw = normalDraw('randn_like', { seed, after }, ctx);
    return isError(draw) ? draw : drawn(likeLeaf('randn_like', x, draw.fill, requires_grad, true), draw.generator);
  },
});
