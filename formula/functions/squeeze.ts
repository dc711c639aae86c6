import { isError } from '../../engine/errors';
import { relabel } from '../../engine/composite';
import { run } from '../../engine/op';
import { reshape } from '../../engine/ops/reshape';
import { normDim } from '../../engine/shape';
import { defineFunction } from './define';

/**
 * Drops dims of size 1: all of them (SqueezeBackward0), or only those named in `dim` that have size 1
 * (SqueezeBackward1 for one dim, SqueezeBackward2 for several, as PyTorch 2's squeeze.dims).
 */
export const squeeze = defineFunction({
  name: 'squeeze',
  torch: 'torch.squeeze',
  doc: 'Removes dims of size 1 (all, or the given ones).',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'dim', default: null },
  ],
  examples: [
    { formula: '=shape(squeeze(ones(2, 1, 3, 1)))', result: [2, 3] },
    { formula: '=shape(squeeze(ones(2, 1, 3, 1), 1))', result: [2, 3, 1] },
  ],
  lower: ([x, d]) => {
    const t = x;
    const dims = d;
    const drop = new Set<number>();
    for (const k of dims ?? t.shape.map((_, i) => i)) {
      const n = normDim('squeeze', k, t.rank);
      if (isError(n)) return n;
      if (t.shape[n] === 1) drop.add(n);
    }
    const name = dims === null ? 'SqueezeBackward0' : dims.length === 1 ? 'SqueezeBackward1' : 'SqueezeBackward2';
    return relabel(
      run(
        reshape,
        [t],
        t.shape.filter((_, i) => !drop.has(i)),
      ),
      name,
    );
  },
});
