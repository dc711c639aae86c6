import { relabel } from '../../engine/composite';
import { errors } from '../../engine/errors';
import { attempt, run } from '../../engine/op';
import { smooth_l1_loss as smoothL1Op } from '../../engine/ops/smooth_l1_loss';
import { l1 } from './l1_loss';
import { REDUCTION, reduceLoss } from './reduce-helpers';
import { defineFunction } from './define';

export const smooth_l1_loss = defineFunction({
  name: 'smooth_l1_loss',
  torch: 'torch.nn.functional.smooth_l1_loss',
  doc: 'Squared error (halved, over beta) where |input - target| < beta, absolute error minus beta/2 elsewhere.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'target', kind: 'tensor' },
  ],
  kwargs: [REDUCTION, { name: 'beta', kind: 'number', default: 1, doc: 'Where the loss turns from quadratic to linear (>= 0).' }],
  examples: [
    { formula: '=smooth_l1_loss([0.5, 3], [0, 0])', result: 1.3125 },
    { formula: '=smooth_l1_loss([0.5, 3], [0, 0], reduction="none", beta=2)', result: [0.0625, 2] },
  ],
  lower: ([input, target], { reduction, beta }) => {
    const b = beta;
    if (!(b >= 0)) return errors.value('smooth_l1_loss', `beta must be >= 0, got ${b}`);
    const r = reduction;
    // PyTorch's functional form hands beta = 0 to l1_loss.
    if (b === 0) return attempt(() => l1(input, target, r));
    return attempt(() => relabel(reduceLoss(run(smoothL1Op, [input, target], { beta: b }), r), 'SmoothL1LossBackward0', [input, target]));
  },
});
