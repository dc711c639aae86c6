import { relabel } from '../../engine/composite';
import { attempt, run } from '../../engine/op';
import { mul } from '../../engine/ops/mul';
import { sub } from '../../engine/ops/sub';
import { REDUCTION, reduceLoss } from './reduce-helpers';
import { defineFunction } from './define';

/** (input - target)², reduced; PyTorch broadcasts input and target (with a warning) and so do we. */
export const mse_loss = defineFunction({
  name: 'mse_loss',
  torch: 'torch.nn.functional.mse_loss',
  doc: 'Mean squared error between input and target.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'target', kind: 'tensor' },
  ],
  kwargs: [REDUCTION],
  examples: [
    { formula: '=mse_loss([1, 2], [1, 4])', result: 2 },
    { formula: '=mse_loss([1, 2], [1, 4], reduction="sum")', result: 4 },
    { formula: '=mse_loss([1, 2], [1, 4], reduction="none")', result: [0, 4] },
  ],
  lower: ([input, target], { reduction }) =>
    attempt(() => {
      const d = run(sub, [input, target]);
      return relabel(reduceLoss(run(mul, [d, d]), reduction), 'MseLossBackward0', [input, target]);
    }),
});
