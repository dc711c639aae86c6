import type { Tensor } from '../../engine/tensor';
import { fillUniform, likeLeaf, REQUIRES_GRAD } from './shape-args';
import type { FunctionDef } from './types';

export const rand_like: FunctionDef = {
  name: 'rand_like', torch: 'torch.rand_like', doc: 'Uniform random numbers in [0, 1) of the shape of input.',
  params: [{ name: 'input', kind: 'tensor' }],
  kwargs: [REQUIRES_GRAD],
  examples: [{ formula: '=shape(rand_like(ones(2, 2)))', result: [2, 2] }],
  lower: ([x], { requires_grad }, ctx) => likeLeaf('rand_like', x as Tensor, (out) => fillUniform(out, ctx.random), requires_grad as boolean, true),
};
