import { type OpDef, run } from '../op';
import { mul } from './mul';
import { normDims } from './reduce-dims';
import { softmaxData } from '../kernels/reduce';
import { sub } from './sub';
import { sum } from './sum';

/** What softmax and log_softmax take: the dims normalised over (one for the sheet functions). */
export interface SoftmaxAttrs {
  readonly dims: readonly number[];
}

/**
 * exp(x) / sum(exp(x)) over `dims`. A primitive for numerical stability: the max is subtracted before
 * exponentiating, which a composite of exp and div would not do.
 */
export const softmax: OpDef<SoftmaxAttrs> = {
  name: 'softmax',
  gradFn: 'SoftmaxBackward0',
  doc: 'exp(x) / sum(exp(x)) along a dim, computed stably.',
  shape: ([a], { dims }) => {
    const ds = normDims('softmax', dims, a.length);
    return Array.isArray(ds) ? a : ds;
  },
  forward: ([a], { dims }) => softmaxData(a, normDims('softmax', dims, a.rank) as number[], false),
  // With y = softmax(x): dx = (g - sum(g * y)) * y over the same dims (PyTorch's order); written with
  // y, so it is differentiable again.
  backward: ([a], y, g, { dims }) => {
    const s = run(sum, [run(mul, [g, y])], { dims: normDims('softmax', dims, a.rank) as number[], keepdim: true });
    return [run(mul, [run(sub, [g, s]), y])];
  },
};
