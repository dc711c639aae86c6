import { errors, isError } from '../../engine/errors';
import { call } from '../../engine/op';
import { permute, transposeAttrs } from '../../engine/ops/permute';
import { defineFunction } from './define';

/** x.t(): a matrix's transpose (PyTorch's TBackward0); a 0-D or 1-D tensor as it is; more dims refused, as PyTorch does. */
export const t = defineFunction({
  name: 't',
  torch: 'torch.t',
  doc: 'Transposes a tensor of at most 2 dims (x.T for more).',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [
    {
      formula: '=t([[1, 2, 3], [4, 5, 6]])',
      result: [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
    },
    { formula: '=ones(2, 2, 2).t()', result: '#SHAPE!' },
  ],
  lower: ([x]) => {
    const input = x;
    if (input.rank > 2) return errors.shape('t', `t() expects a tensor with <= 2 dimensions, but self is ${input.rank}D`);
    if (input.rank < 2) return input;
    const attrs = transposeAttrs(2, 0, 1);
    return isError(attrs) ? attrs : call(permute, [input], { ...attrs, gradFn: 'TBackward0' });
  },
});
