import { type OpDef, run } from '../op';
import { mul } from './mul';
import { normDims, type ReduceAttrs } from './reduce-dims';
import { expSums, reducedShape } from '../kernels/reduce';
import { keptForm, unreduce } from './backward-helpers';
import { exp } from './exp';
import { sub } from './sub';

/**
 * log(sum(exp(x))) over `dims`. A primitive for numerical stability: the max is taken out before
 * exponentiating (0 when it is infinite, as PyTorch does), so large inputs do not overflow.
 */
export const logsumexp: OpDef<ReduceAttrs> = {
  name: 'logsumexp',
  gradFn: 'LogsumexpBackward0',
  doc: 'log(sum(exp(x))) over the given dims, computed stably.',
  shape: ([a], { dims, keepdim }) => {
    const ds = normDims('logsumexp', dims, a.length);
    return Array.isArray(ds) ? reducedShape(a, ds, keepdim) : ds;
  },
  forward: ([a], { dims }) => {
    const { shift, sums } = expSums(a, normDims('logsumexp', dims, a.rank) as number[], true);
    for (let j = 0; j < sums.length; j++) sums[j] = Math.log(sums[j]) + shift[j];
    return sums;
  },
  // d/dx log(sum(exp(x))) = exp(x - out), PyTorch's form (it is softmax(x) over the same dims).
  backward: ([a], out, g, { dims }) => {
    const ds = normDims('logsumexp', dims, a.rank) as number[];
    return [run(mul, [unreduce(g, a.shape, ds), run(exp, [run(sub, [a, keptForm(out, a.shape, ds)])])])];
  },
};
