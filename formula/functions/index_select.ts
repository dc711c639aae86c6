import { errors, isError } from '../../engine/errors';
import { relabel } from '../../engine/composite';
import { run } from '../../engine/op';
import { partAlong } from '../../engine/ops/index-parts';
import { getitem } from '../../engine/ops/getitem';
import { normDim } from '../../engine/shape';
import { defineFunction } from './define';

/** Picks entries along `dim` by a 0-D or 1-D integer index (the dim keeps its place; negative indices are out of range, as in PyTorch). */
export const index_select = defineFunction({
  name: 'index_select',
  torch: 'torch.index_select',
  doc: 'Picks the entries at the given indices along one dim.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'int' },
    { name: 'index', kind: 'tensor' },
  ],
  examples: [
    {
      formula: '=index_select([[1, 2, 3], [4, 5, 6]], 1, [2, 0])',
      result: [
        [3, 1],
        [6, 4],
      ],
    },
    { formula: '=index_select([1, 2, 3], 0, [3])', result: '#VALUE!' },
  ],
  lower: ([x, dim, idx]) => {
    const t = x;
    const ix = idx;
    const d = normDim('index_select', dim, t.rank);
    if (isError(d)) return d;
    if (ix.rank > 1 || ix.dtype === 'bool') return errors.value('index_select', 'the index must be a 0-D or 1-D tensor of whole numbers');
    const size = t.rank === 0 ? 1 : t.shape[d];
    const indices = Array.from(ix.data);
    for (const i of indices) {
      if (!Number.isInteger(i)) return errors.value('index_select', `indices must be integers, got ${i}`);
      if (i < 0 || i >= size) return errors.value('index_select', `index ${i} is out of bounds for dimension ${d} with size ${size}`);
    }
    if (t.rank === 0) return relabel(run(getitem, [t], { parts: [] }), 'IndexSelectBackward0');
    return relabel(run(getitem, [t], partAlong(t.shape, d, { kind: 'gather', indices })), 'IndexSelectBackward0');
  },
});
