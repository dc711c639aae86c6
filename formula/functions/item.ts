import { errors } from '../../engine/errors';
import { Tensor } from '../../engine/tensor';
import { defineFunction } from './define';

/** The one element as a plain 0-D tensor: no history and no requires_grad, like a Python number. */
export const item = defineFunction({
  name: 'item',
  torch: 'torch.Tensor.item',
  doc: 'The value of a one-element tensor, as a plain number.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [
    { formula: '=item([[2.5]])', result: 2.5 },
    { formula: '=item([1, 2])', result: '#VALUE!' },
  ],
  lower: ([x]) => {
    const t = x;
    if (t.size !== 1) return errors.value('item', `a tensor with ${t.size} elements cannot be converted to a number`);
    return new Tensor(Float64Array.of(t.data[0]), [], t.dtype);
  },
});
