import type { Tensor } from '../../engine/tensor';
import { likeLeaf, REQUIRES_GRAD } from './shape-args';
import type { FunctionDef } from './types';

/** A boolean input gives a boolean result, as in PyTorch: any nonzero fill is true. */
export const full_like: FunctionDef = {
  name: 'full_like', torch: 'torch.full_like', doc: 'The shape of input filled with one value.',
  params: [{ name: 'input', kind: 'tensor' }, { name: 'fill_value', kind: 'number' }],
  kwargs: [REQUIRES_GRAD],
  examples: [{ formula: '=full_like([1, 2, 3], 0.5)', result: [0.5, 0.5, 0.5] }],
  lower: ([x, v], { requires_grad }) => {
    const t = x as Tensor;
    const value = t.dtype === 'bool' ? Number((v as number) !== 0) : (v as number);
    return likeLeaf('full_like', t, (out) => out.fill(value), requires_grad as boolean);
  },
};
