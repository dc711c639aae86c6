import { attempt, run } from '../../engine/op';
import { abs } from '../../engine/ops/abs';
import { sub } from '../../engine/ops/sub';
import type { Tensor } from '../../engine/tensor';
import { relabel } from '../../engine/composite';
import { type LossReduction, REDUCTION, reduceLoss } from './reduce-helpers';
import { defineFunction } from './define';

/** |input - target| reduced, as PyTorch 2 decomposes it: grad_fn MeanBackward0 / SumBackward0 / AbsBackward0. */
export function l1(input: Tensor, target: Tensor, reduction: LossReduction): Tensor {
  const loss = reduceLoss(run(abs, [run(sub, [input, target])]), reduction);
  return reduction === 'mean' ? relabel(loss, 'MeanBackward0') : loss;
}

export const l1_loss = defineFunction({
  name: 'l1_loss',
  torch: 'torch.nn.functional.l1_loss',
  doc: 'Mean absolute error between input and target.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'target', kind: 'tensor' },
  ],
  kwargs: [REDUCTION],
  examples: [
    { formula: '=l1_loss([1, 2], [2, 5])', result: 2 },
    { formula: '=l1_loss([1, 2], [2, 5], reduction="none")', result: [1, 3] },
  ],
  lower: ([input, target], { reduction }) => attempt(() => l1(input, target, reduction)),
});
