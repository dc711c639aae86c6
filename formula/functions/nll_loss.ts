import { relabel } from '../../engine/composite';
import { type CellError, errors, isError } from '../../engine/errors';
import { attempt, run } from '../../engine/op';
import { div } from '../../engine/ops/div';
import { gather } from '../../engine/ops/gather';
import { mul } from '../../engine/ops/mul';
import { neg } from '../../engine/ops/neg';
import { constant } from '../../engine/ops/backward-helpers';
import { reshape } from '../../engine/ops/reshape';
import { sum } from '../../engine/ops/sum';
import { sameShape } from '../../engine/shape';
import { type Tensor, scalar } from '../../engine/tensor';
import { type LossReduction, REDUCTION } from './reduce-helpers';
import { defineFunction } from './define';

/** Class-index targets checked against an input of scores: where each target picks, and its weight. */
export interface ClassTargets {
  /** The class dim of the input: 0 for an unbatched [C] input, else 1 (PyTorch's layout [N, C, d1, ...]). */
  readonly dim: number;
  readonly classes: number;
  /** The targets with a size-1 class dim, ignored ones pointing at class 0: the index for gather. */
  readonly index: Tensor;
  /** Each target's weight: weight[class], or 1 without weights; 0 where the target is ignore_index. */
  readonly weights: Tensor;
  /** The sum of `weights`: what 'mean' divides by. */
  readonly totalWeight: number;
  readonly anyIgnored: boolean;
}

/**
 * Checks `target` (class indices held as float64) against `input`'s shape and classes, and `weight`
 * against the classes: a shape mismatch is #SHAPE! naming both shapes, a bad index #VALUE! naming it.
 */
export function classTargets(
  fn: string,
  input: Tensor,
  target: Tensor,
  weight: Tensor | null,
  ignoreIndex: number,
): ClassTargets | CellError {
  if (input.rank === 0) return errors.shape(fn, 'input must have a class dim, got a 0-D tensor');
  const dim = input.rank === 1 ? 0 : 1;
  const classes = input.shape[dim];
  const want = input.shape.filter((_, d) => d !== dim);
  if (!sameShape(target.shape, want)) {
    return errors.shape(
      fn,
      `target of shape ${errors.fmtShape(target.shape)} does not fit input of shape ${errors.fmtShape(input.shape)} (expected target shape ${errors.fmtShape(want)})`,
    );
  }
  if (weight !== null && !sameShape(weight.shape, [classes])) {
    return errors.shape(fn, `weight of shape ${errors.fmtShape(weight.shape)} must have one entry per class, shape [${classes}]`);
  }
  const index = new Float64Array(target.size);
  const weights = new Float64Array(target.size);
  let totalWeight = 0;
  let anyIgnored = false;
  for (let i = 0; i < target.size; i++) {
    const k = target.data[i];
    if (k === ignoreIndex) {
      anyIgnored = true;
      continue;
    }
    if (!Number.isInteger(k)) return errors.value(fn, `target ${k} is not a class index (a whole number)`);
    if (k < 0 || k >= classes) return errors.value(fn, `class index ${k} is out of range for ${classes} classes`);
    index[i] = k;
    weights[i] = weight === null ? 1 : weight.data[k];
    totalWeight += weights[i];
  }
  const indexShape = [...want.slice(0, dim), 1, ...want.slice(dim)];
  return { dim, classes, index: constant(index, indexShape), weights: constant(weights, want), totalWeight, anyIgnored };
}

/** PyTorch's node name: nll_loss for 1-D and 2-D input, nll_loss2d (viewed back for 'none' unless 4-D) beyond. */
function nllGradFn(rank: number, reduction: LossReduction): string {
  if (rank <= 2) return 'NllLossBackward0';
  return reduction === 'none' && rank !== 4 ? 'ViewBackward0' : 'NllLoss2DBackward0';
}

/**
 * -weight[t] · input[t] per target t (log-probabilities in, as PyTorch expects), in ops: gather picks
 * each target's score. 'mean' divides by the total weight of the targets not ignored, as PyTorch does.
 */
export function nll(input: Tensor, t: ClassTargets, reduction: LossReduction): Tensor {
  const picked = run(reshape, [run(gather, [input, t.index], { dim: t.dim })], t.weights.shape);
  // Negate before weighting, so an ignored target's loss is +0 as in PyTorch, not -0.
  const negated = run(neg, [picked]);
  const losses = t.weights.data.every((w) => w === 1) ? negated : run(mul, [negated, t.weights]);
  let out = losses;
  if (reduction !== 'none') {
    out = run(sum, [losses], { dims: null, keepdim: false });
    if (reduction === 'mean') out = run(div, [out, scalar(t.totalWeight)]);
  }
  return relabel(out, nllGradFn(input.rank, reduction));
}

export const nll_loss = defineFunction({
  name: 'nll_loss',
  torch: 'torch.nn.functional.nll_loss',
  doc: 'Negative log likelihood: minus the input (log-probabilities) at each target class.',
  params: [
    { name: 'input', kind: 'tensor', doc: 'Log-probabilities, [C] or [N, C] (or [N, C, d1, ...]).' },
    { name: 'target', kind: 'tensor', doc: 'Class indices as whole numbers, [] or [N] (or [N, d1, ...]).' },
    { name: 'weight', kind: 'tensor', default: null, doc: 'A weight per class, shape [C].' },
  ],
  kwargs: [
    { name: 'ignore_index', kind: 'int', default: -100, doc: 'Targets equal to this count for nothing, in the loss and in the mean.' },
    REDUCTION,
  ],
  examples: [
    { formula: '=nll_loss([[-1, -2], [-3, -4]], [0, 1])', result: 2.5 },
    { formula: '=nll_loss([[-1, -2], [-3, -4]], [0, 1], reduction="none")', result: [1, 4] },
    { formula: '=nll_loss([[-1, -2], [-3, -4]], [0, 2])', result: '#VALUE!' },
  ],
  lower: ([input, target, weight], { ignore_index, reduction }) => {
    const t = classTargets('nll_loss', input, target, weight, ignore_index);
    return isError(t) ? t : attempt(() => nll(input, t, reduction));
  },
});
