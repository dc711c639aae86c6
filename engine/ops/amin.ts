import { type OpDef, run } from '../op';
import { mul } from './mul';
import { nonEmptyReduction, normDims, type ReduceAttrs } from './reduce-dims';
import { extremes, tieShares } from '../kernels/reduce';
import { unreduce } from './backward-helpers';

/** Smallest element over `dims` (every dim when null); tied minima share the gradient evenly. */
export const amin: OpDef<ReduceAttrs> = {
  name: 'amin', gradFn: 'AminBackward0', doc: 'Smallest element over the given dims (every dim by default).',
  shape: ([a], { dims, keepdim }) => nonEmptyReduction('amin', a, dims, keepdim),
  forward: ([a], { dims }) => extremes(a, normDims('amin', dims, a.rank) as number[], -1),
  // The min is locally one of its inputs: the upstream goes to it (split evenly over ties).
  backward: ([a], out, g, { dims }) => {
    const ds = normDims('amin', dims, a.rank) as number[];
    return [run(mul, [unreduce(g, a.shape, ds), tieShares(a, out.data, ds)])];
  },
};
