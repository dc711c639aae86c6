import { errors, isError } from '../../engine/errors';
import { call } from '../../engine/op';
import { reshape } from '../../engine/ops/reshape';
import { normDim, sizeOf } from '../../engine/shape';
import { defineFunction } from './define';

/** Merges dims start_dim..end_dim into one (ViewBackward0). */
export const flatten = defineFunction({
  name: 'flatten',
  torch: 'torch.flatten',
  doc: 'Merges the dims from start_dim to end_dim into one.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'start_dim', kind: 'int', default: 0 },
    { name: 'end_dim', kind: 'int', default: -1 },
  ],
  examples: [
    { formula: '=flatten([[1, 2], [3, 4]])', result: [1, 2, 3, 4] },
    { formula: '=shape(flatten(ones(2, 3, 4), 1))', result: [2, 12] },
  ],
  lower: ([x, start, end]) => {
    const t = x;
    const s = normDim('flatten', start, t.rank);
    if (isError(s)) return s;
    const e = normDim('flatten', end, t.rank);
    if (isError(e)) return e;
    if (s > e) return errors.value('flatten', 'start_dim cannot come after end_dim');
    if (t.rank === 0) return call(reshape, [t], [1]);
    // PyTorch returns the input itself when there is nothing to merge.
    if (s === e) return t;
    return call(reshape, [t], [...t.shape.slice(0, s), sizeOf(t.shape.slice(s, e + 1)), ...t.shape.slice(e + 1)]);
  },
});
