import { errors, isError } from '../../engine/errors';
import { scalar, type Tensor } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';
import { run } from '../../engine/op';
import { mul } from '../../engine/ops/mul';
import { gradientList, sameStructure } from './gradient-list';
import type { FunctionDef } from './types';

/** The p-norm of all elements of all gradients together (p = inf: the largest magnitude). */
function totalNorm(gs: readonly Tensor[], p: number): number {
  let acc = 0;
  for (const g of gs) {
    for (const x of g.data) acc = p === Infinity ? Math.max(acc, Math.abs(x)) : acc + Math.abs(x) ** p;
  }
  return p === Infinity ? acc : acc ** (1 / p);
}

/** Scales gradients so their total norm is at most max_norm, as torch.nn.utils.clip_grad_norm_ does. */
export const clip_grad_norm: FunctionDef = {
  name: 'clip_grad_norm', torch: 'torch.nn.utils.clip_grad_norm_',
  doc: 'Gradients scaled by max_norm / (total norm + 1e-6) when their total norm exceeds max_norm; a tuple clips together.',
  params: [{ name: 'grads', kind: 'any' }, { name: 'max_norm', kind: 'number' }, { name: 'norm_type', kind: 'number', default: 2 }],
  examples: [{ formula: '=clip_grad_norm([3, 4], 1)', result: [0.599999880000024, 0.799999840000032] }],
  lower: ([g, maxNorm, p]) => {
    const gs = gradientList('clip_grad_norm', g as CellValue);
    if (isError(gs)) return gs;
    if (!((p as number) > 0)) return errors.value('clip_grad_norm', `norm_type must be positive, got ${p}`);
    // PyTorch takes a negative max_norm and flips every gradient's sign (pytorch/pytorch#31367): refused here.
    if (!((maxNorm as number) >= 0)) {
      const why = (maxNorm as number) < 0 ? ' (a negative max_norm would flip the sign of every gradient)' : '';
      return errors.value('clip_grad_norm', `max_norm must be 0 or more, got ${maxNorm}${why}`);
    }
    const coef = Math.min(1, (maxNorm as number) / (totalNorm(gs, p as number) + 1e-6));
    return sameStructure(g as CellValue, gs.map((t) => run(mul, [t, scalar(coef)])));
  },
};
