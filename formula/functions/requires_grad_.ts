import { errors } from '../../engine/errors';
import { Tensor } from '../../engine/tensor';
import { defineFunction } from './define';

/** A new leaf with the flag set (our tensors are immutable, so not in place as PyTorch's is). */
export const requires_grad_ = defineFunction({
  name: 'requires_grad_',
  torch: 'torch.Tensor.requires_grad_',
  doc: 'A new leaf tensor with the same values and requires_grad set (default true).',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'requires_grad', kind: 'bool', default: true },
  ],
  examples: [{ formula: '=requires_grad_([1, 2]).requires_grad', result: true }],
  lower: ([x, flag]) => {
    const t = x;
    if (flag && t.dtype === 'bool') return errors.value('requires_grad_', 'a boolean tensor cannot require grad');
    return new Tensor(t.data, t.shape, t.dtype, flag, null, t.nonfinite);
  },
});
