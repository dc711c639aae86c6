import { type OpDef, run } from '../op';
import { mul } from './mul';
import { normDims } from './reduce-dims';
import { softmaxData } from '../kernels/reduce';
import { exp } from './exp';
import type { SoftmaxAttrs } from './softmax';
import { sub } from './sub';
import { sum } from './sum';

/**
 * x - log(sum(exp(x))) over `dims`. A primitive for numerical stability: log(softmax(x)) would round
 * small probabilities to 0 and give -inf.
 */
export const log_softmax: OpDef<SoftmaxAttrs> = {
  name: 'log_softmax',
  gradFn: 'LogSoftmaxBackward0',
  doc: 'log(softmax(x)) along a dim, computed stably.',
  shape: ([a], { dims }) => {
    const ds = normDims('log_softmax', dims, a.length);
    return Array.isArray(ds) ? a : ds;
  },
  forward: ([a], { dims }) => softmaxData(a, normDims('log_softmax', dims, a.rank) as number[], true),
  // dx = g - exp(out) * sum(g) over the same dims: PyTorch's form (exp(out) is softmax(x)), in ops.
  backward: ([a], out, g, { dims }) => {
    const s = run(sum, [g], { dims: normDims('log_softmax', dims, a.rank) as number[], keepdim: true });
    return [run(sub, [g, run(mul, [run(exp, [out]), s])])];
  },
};
