import { Tensor } from '../../engine/tensor';
import { defineFunction } from './define';

/** A tensor sharing the values but no history: gradients stop here. */
export const detach = defineFunction({
  name: 'detach',
  torch: 'torch.Tensor.detach',
  doc: 'The same values with no history: gradients do not flow through it.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [{ formula: '=detach(ones(2, requires_grad=true)).requires_grad', result: false }],
  lower: ([x]) => {
    const t = x;
    return new Tensor(t.data, t.shape, t.dtype, false, null, t.nonfinite);
  },
});
