import { isError } from '../../engine/errors';
import { relabel } from '../../engine/composite';
import { run } from '../../engine/op';
import { reshape } from '../../engine/ops/reshape';
import { normDim } from '../../engine/shape';
import { defineFunction } from './define';

/** Inserts a dim of size 1 at `dim` (which may be one past the last dim). */
export const unsqueeze = defineFunction({
  name: 'unsqueeze',
  torch: 'torch.unsqueeze',
  doc: 'Inserts a dim of size 1 at the given position.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'int' },
  ],
  examples: [
    { formula: '=unsqueeze([1, 2], 0)', result: [[1, 2]] },
    { formula: '=unsqueeze([1, 2], -1)', result: [[1], [2]] },
  ],
  lower: ([x, d]) => {
    const t = x;
    const n = normDim('unsqueeze', d, t.rank + 1);
    if (isError(n)) return n;
    return relabel(run(reshape, [t], [...t.shape.slice(0, n), 1, ...t.shape.slice(n)]), 'UnsqueezeBackward0');
  },
});
