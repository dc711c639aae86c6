import { relabel } from '../../engine/composite';
import { attempt, run } from '../../engine/op';
import { mul } from '../../engine/ops/mul';
import { sub } from '../../engine/ops/sub';
import type { Tensor } from '../../engine/tensor';
import { type LossReduction, REDUCTION, reduceLoss } from './reduce-helpers';
import type { FunctionDef } from './types';

/** (input - target)², reduced; PyTorch broadcasts input and target (with a warning) and so do we. */
export const mse_loss: FunctionDef = {
  name: 'mse_loss', torch: 'torch.nn.functional.mse_loss', doc: 'Mean squared error between input and target.',
  params: [{ name: 'input', kind: 'tensor' }, { name: 'target', kind: 'tensor' }],
  kwargs: [REDUCTION],
  examples: [
    { formula: '=mse_loss([1, 2], [1, 4])', result: 2 },
    { formula: '=mse_loss([1, 2], [1, 4], reduction="sum")', result: 4 },
    { formula: '=mse_loss([1, 2], [1, 4], reduction="none")', result: [0, 4] },
  ],
  lower: ([input, target], { reduction }) =>
    attempt(() => {
      const d = run(sub, [input as Tensor, target as Tensor]);
      return relabel(reduceLoss(run(mul, [d, d]), reduction as LossReduction), 'MseLossBackward0', [input as Tensor, target as Tensor]);
    }),
};
