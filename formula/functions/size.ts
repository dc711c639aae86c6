import { errors } from '../../engine/errors';
import { Tensor, scalar } from '../../engine/tensor';
import { defineFunction } from './define';

/** `x.size()` is `x.shape` (a 1-D tensor, our torch.Size); `x.size(d)` one size, negative d from the end. */
export const size = defineFunction({
  name: 'size',
  torch: 'torch.Tensor.size',
  doc: 'The sizes of the dims as a 1-D tensor, or the size of one dim (negative counts from the end).',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'int', default: null },
  ],
  examples: [
    { formula: '=size(ones(2, 3))', result: [2, 3] },
    { formula: '=ones(2, 3).size(-1)', result: 3 },
    { formula: '=ones(2, 3).size(2)', result: '#VALUE!' },
  ],
  lower: ([x, d]) => {
    const t = x;
    if (d === null) return new Tensor(Float64Array.from(t.shape), [t.rank]);
    const dim = d;
    if (dim < -t.rank || dim >= t.rank) return errors.value('size', `dim ${dim} is out of range for a tensor of ${t.rank} dims`);
    return scalar(t.shape[dim < 0 ? dim + t.rank : dim]);
  },
});
