import { EMPTY, text } from '../../engine/value';
import { defineFunction } from './define';

/** PyTorch's grad_fn name as text; empty for a leaf or a tensor that does not require grad. */
export const gradfn = defineFunction({
  name: 'gradfn',
  torch: 'torch.Tensor.grad_fn',
  doc: "The name of the operation that made the tensor (PyTorch's grad_fn), as text.",
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [{ formula: '=gradfn(ones(2, requires_grad=true) * 2)', result: 'MulBackward0' }],
  lower: ([x]) => {
    const name = x.gradFn;
    return name === null ? EMPTY : text(name);
  },
});
