import { relabel } from '../../engine/composite';
import { type CellError, errors, isError } from '../../engine/errors';
import { attempt, run } from '../../engine/op';
import { add } from '../../engine/ops/add';
import { div } from '../../engine/ops/div';
import { log_softmax } from '../../engine/ops/log_softmax';
import { mul } from '../../engine/ops/mul';
import { neg } from '../../engine/ops/neg';
import { constant } from '../../engine/ops/backward-helpers';
import { reshape } from '../../engine/ops/reshape';
import { sum } from '../../engine/ops/sum';
import { sameShape } from '../../engine/shape';
import { type Tensor, scalar } from '../../engine/tensor';
import { classTargets, nll } from './nll_loss';
import { type LossReduction, REDUCTION } from './reduce-helpers';
import { defineFunction } from './define';

/** `weight` [C] shaped to broadcast along `input`'s class dim. */
function classWeights(input: Tensor, dim: number, weight: Tensor): Tensor | CellError {
  const classes = input.shape[dim];
  if (!sameShape(weight.shape, [classes])) {
    return errors.shape(
      'cross_entropy',
      `weight of shape ${errors.fmtShape(weight.shape)} must have one entry per class, shape [${classes}]`,
    );
  }
  return run(reshape, [weight], [classes, ...new Array<number>(input.rank - dim - 1).fill(1)]);
}

/**
 * Targets of class probabilities (target has input's shape), as PyTorch's cross_entropy_loss_prob_target:
 * -sum(log_softmax · target · weight), over the class dim for 'none', divided by N for 'mean'.
 */
function probabilityTargets(
  input: Tensor,
  target: Tensor,
  weight: Tensor | null,
  reduction: LossReduction,
  smoothing: number,
): Tensor | CellError {
  const dim = input.rank === 1 ? 0 : 1;
  const classes = input.shape[dim];
  return attempt(() => {
    const w = weight === null ? null : classWeights(input, dim, weight);
    if (isError(w)) return w;
    const logp = run(log_softmax, [input], { dims: [dim] });
    const t = smoothing > 0 ? run(add, [run(mul, [target, scalar(1 - smoothing)]), scalar(smoothing / classes)]) : target;
    const terms = w === null ? run(mul, [logp, t]) : run(mul, [run(mul, [logp, t]), w]);
    if (reduction === 'none') return run(neg, [run(sum, [terms], { dims: [dim], keepdim: false })]);
    const total = run(neg, [run(sum, [terms], { dims: null, keepdim: false })]);
    if (reduction === 'sum') return total;
    // PyTorch divides by a number here (div.Scalar), whose node is DivBackward1.
    return relabel(run(div, [total, scalar(input.size / classes)]), 'DivBackward1');
  });
}

/**
 * Class-index targets: nll_loss(log_softmax(input)). With label smoothing, PyTorch's
 * (1 - ε) · nll + ε / C · (the mean, sum or per-target smoothing term), whose node is AddBackward0.
 */
function indexTargets(
  input: Tensor,
  target: Tensor,
  weight: Tensor | null,
  ignoreIndex: number,
  reduction: LossReduction,
  smoothing: number,
): Tensor | CellError {
  const t = classTargets('cross_entropy', input, target, weight, ignoreIndex);
  if (isError(t)) return t;
  return attempt(() => {
    const logp = run(log_softmax, [input], { dims: [t.dim] });
    const loss = nll(logp, t, reduction);
    if (smoothing === 0) return loss;
    const w = weight === null ? null : (classWeights(input, t.dim, weight) as Tensor);
    // Each target's smoothing term -sum over classes of weight · log p, zero where the target is ignored.
    const perTarget = run(neg, [run(sum, [w === null ? logp : run(mul, [logp, w])], { dims: [t.dim], keepdim: false })]);
    const kept = t.anyIgnored
      ? run(mul, [
          perTarget,
          constant(
            Float64Array.from(target.data, (k) => Number(k !== ignoreIndex)),
            perTarget.shape,
          ),
        ])
      : perTarget;
    let smooth = kept;
    if (reduction !== 'none') {
      smooth = run(sum, [kept], { dims: null, keepdim: false });
      if (reduction === 'mean') smooth = run(div, [smooth, scalar(t.totalWeight)]);
    }
    return run(add, [run(mul, [loss, scalar(1 - smoothing)]), run(mul, [smooth, scalar(smoothing / t.classes)])]);
  });
}

export const cross_entropy = defineFunction({
  name: 'cross_entropy',
  torch: 'torch.nn.functional.cross_entropy',
  doc: 'Cross entropy of raw scores (logits) against class indices or class probabilities: nll_loss(log_softmax(input)).',
  params: [
    { name: 'input', kind: 'tensor', doc: 'Scores, [C] or [N, C] (or [N, C, d1, ...]).' },
    { name: 'target', kind: 'tensor', doc: "Class indices as whole numbers ([] or [N]), or class probabilities of input's shape." },
    { name: 'weight', kind: 'tensor', default: null, doc: 'A weight per class, shape [C].' },
  ],
  kwargs: [
    { name: 'ignore_index', kind: 'int', default: -100, doc: 'Class-index targets equal to this count for nothing.' },
    REDUCTION,
    { name: 'label_smoothing', kind: 'number', default: 0, doc: 'In [0, 1]: mixes the target with the uniform distribution.' },
  ],
  examples: [
    { formula: '=cross_entropy([[0, 0], [0, 0]], [0, 1])', result: 0.6931471805599453 },
    { formula: '=cross_entropy([[0, 0]], [[0.5, 0.5]])', result: 0.6931471805599453 },
    { formula: '=cross_entropy([[0, 0]], [3])', result: '#VALUE!' },
  ],
  lower: ([input, target, weight], { ignore_index, reduction, label_smoothing }) => {
    const x = input;
    const y = target;
    const eps = label_smoothing;
    if (!(eps >= 0 && eps <= 1)) return errors.value('cross_entropy', `label_smoothing must be between 0 and 1, got ${eps}`);
    if (x.rank === 0) return errors.shape('cross_entropy', 'input must have a class dim, got a 0-D tensor');
    const r = reduction;
    if (sameShape(x.shape, y.shape)) {
      if (ignore_index >= 0) return errors.value('cross_entropy', 'ignore_index is not supported for class-probability targets');
      return probabilityTargets(x, y, weight, r, eps);
    }
    return indexTargets(x, y, weight, ignore_index, r, eps);
  },
});
