import { reduction, sumInto } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { normDims, type ReduceAttrs } from './reduce-dims';
import { expand } from './expand';
import { reshape } from './reshape';

// Summing everything (the common case: losses, `grad` of a sum) skips the reduction geometry: it is
// one loop forward and one broadcast back.
const keptOnes = (rank: number): number[] => new Array<number>(rank).fill(1);

/** Sum of all elements, or over `dims` (keeping them as size 1 with `keepdim`). */
export const sum: OpDef<ReduceAttrs> = {
  name: 'sum',
  gradFn: (a) => (a.dims === null ? 'SumBackward0' : 'SumBackward1'),
  doc: 'Sum of the elements, over all dims or the given ones.',
  shape: ([a], attrs) => {
    if (attrs.dims === null) return attrs.keepdim ? keptOnes(a.length) : [];
    const dims = normDims('sum', attrs.dims, a.length);
    return Array.isArray(dims) ? reduction(a, dims, attrs.keepdim).outShape : dims;
  },
  forward: ([a], attrs) => {
    if (attrs.dims === null) {
      const d = a.data;
      let total = 0;
      for (let i = 0; i < d.length; i++) total += d[i];
      return Float64Array.of(total);
    }
    return sumInto(a.data, reduction(a.shape, normDims('sum', attrs.dims, a.rank) as number[], attrs.keepdim));
  },
  // Each element contributed once: the upstream, restored to keepdim shape, broadcast back.
  backward: ([a], _out, g, attrs) => {
    if (attrs.dims === null) return [run(expand, [g.rank === 0 ? g : run(reshape, [g], [])], a.shape)];
    const r = reduction(a.shape, normDims('sum', attrs.dims, a.rank) as number[], true);
    return [run(expand, [run(reshape, [g], r.keptShape)], a.shape)];
  },
};
