import { errors, isError } from '../../engine/errors';
import { scalar, type Tensor } from '../../engine/tensor';
import { run } from '../../engine/op';
import { mul } from '../../engine/ops/mul';
import { gradientList, sameStructure } from './gradient-list';
import { defineFunction } from './define';

/** The p-norm of all elements of all gradients together (p = inf: the largest magnitude). */
function totalNorm(gs: readonly Tensor[], p: number): number {
  let acc = 0;
  for (const g of gs) {
    for (const x of g.data) acc = p === Infinity ? Math.max(acc, Math.abs(x)) : acc + Math.abs(x) ** p;
  }
  return p === Infinity ? acc : acc ** (1 / p);
}

/** Scales gradients so their total norm is at most max_norm, as torch.nn.utils.clip_grad_norm_ does. */
export const clip_grad_norm = defineFunction({
  name: 'clip_grad_norm',
  torch: 'torch.nn.utils.clip_grad_norm_',
  doc: 'Gradients scaled by max_norm / (total norm + 1e-6) when their total norm exceeds max_norm; a tuple clips together.',
  params: [
    { name: 'grads', kind: 'any' },
    { name: 'max_norm', kind: 'number' },
    { name: 'norm_type', kind: 'number', default: 2 },
  ],
  examples: [{ formula: '=clip_grad_norm([3, 4], 1)', result: [0.599999880000024, 0.799999840000032] }],
  lower: ([g, maxNorm, p]) => {
    const gs = gradientList('clip_grad_norm', g);
    if (isError(gs)) return gs;
    if (!(p > 0)) return errors.value('clip_grad_norm', `norm_type must be positive, got ${p}`);
    // PyTorch takes a negative max_norm and flips every gradient's sign (pytorch/pytorch#31367): refused here.
    if (!(maxNorm >= 0)) {
      const why = maxNorm < 0 ? ' (a negative max_norm would flip the sign of every gradient)' : '';
      return errors.value('clip_grad_norm', `max_norm must be 0 or more, got ${maxNorm}${why}`);
    }
    const coef = Math.min(1, maxNorm / (totalNorm(gs, p) + 1e-6));
    return sameStructure(
      g,
      gs.map((t) => run(mul, [t, scalar(coef)])),
    );
  },
});
