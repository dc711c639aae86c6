import { Tensor } from '../../engine/tensor';
import { defineFunction } from './define';

/** A Python list has no history, so neither has this: the same numbers, detached (a cell shows a list as a tensor). */
export const tolist = defineFunction({
  name: 'tolist',
  torch: 'torch.Tensor.tolist',
  doc: 'The values as plain numbers: the same elements with no history and no requires_grad.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [
    { formula: '=ones(2, requires_grad=true).tolist()', result: [1, 1] },
    { formula: '=ones(2, requires_grad=true).tolist().requires_grad', result: false },
  ],
  lower: ([x]) => {
    const t = x;
    return new Tensor(t.data, t.shape, t.dtype);
  },
});
