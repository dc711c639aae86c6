import { type OpDef, run } from '../op';
import { mul } from './mul';
import { nonEmptyReduction, normDims, type ReduceAttrs } from './reduce-dims';
import { extremes, tieShares } from '../kernels/reduce';
import { unreduce } from './backward-helpers';

/** Largest element over `dims` (every dim when null); tied maxima share the gradient evenly. */
export const amax: OpDef<ReduceAttrs> = {
  name: 'amax', gradFn: 'AmaxBackward0', doc: 'Largest element over the given dims (every dim by default).',
  shape: ([a], { dims, keepdim }) => nonEmptyReduction('amax', a, dims, keepdim),
  forward: ([a], { dims }) => extremes(a, normDims('amax', dims, a.rank) as number[], 1),
  // The max is locally one of its inputs: the upstream goes to it (split evenly over ties).
  backward: ([a], out, g, { dims }) => {
    const ds = normDims('amax', dims, a.rank) as number[];
    return [run(mul, [unreduce(g, a.shape, ds), tieShares(a, out.data, ds)])];
  },
};
