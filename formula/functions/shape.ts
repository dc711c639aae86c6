import { Tensor } from '../../engine/tensor';
import { defineFunction } from './define';

/** Our decision: a 1-D tensor of the sizes instead of torch.Size, so `x.shape[0]` and `ones(x.shape)` work. */
export const shape = defineFunction({
  name: 'shape',
  torch: 'torch.Tensor.shape',
  doc: 'The sizes of the dims, as a 1-D tensor.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [
    { formula: '=shape(ones(2, 3))', result: [2, 3] },
    { formula: '=shape([[1, 2, 3]])', result: [1, 3] },
  ],
  lower: ([x]) => {
    const t = x;
    return new Tensor(Float64Array.from(t.shape), [t.rank]);
  },
});
