import { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

/** A tensor sharing the values but no history: gradients stop here. */
export const detach: FunctionDef = {
  name: 'detach', torch: 'torch.Tensor.detach', doc: 'The same values with no history: gradients do not flow through it.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [{ formula: '=detach(ones(2, requires_grad=true)).requires_grad', result: false }],
  lower: ([x]) => {
    const t = x as Tensor;
    return new Tensor(t.data, t.shape, t.dtype, false, null, t.nonfinite);
  },
};
