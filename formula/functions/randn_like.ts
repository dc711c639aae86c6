import type { Tensor } from '../../engine/tensor';
import { fillNormal, likeLeaf, REQUIRES_GRAD } from './shape-args';
import type { FunctionDef } from './types';

export const randn_like: FunctionDef = {
  name: 'randn_like', torch: 'torch.randn_like', doc: 'Standard normal random numbers of the shape of input.',
  params: [{ name: 'input', kind: 'tensor' }],
  kwargs: [REQUIRES_GRAD],
  examples: [{ formula: '=shape(randn_like([1, 2, 3]))', result: [3] }],
  lower: ([x], { requires_grad }, ctx) => likeLeaf('randn_like', x as Tensor, (out) => fillNormal(out, ctx.random), requires_grad as boolean, true),
};
