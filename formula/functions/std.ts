import { relabel } from '../../engine/composite';
import { attempt, run } from '../../engine/op';
import { sqrt } from '../../engine/ops/sqrt';
import { SPREAD_KWARGS, SPREAD_PARAMS, correctionOf, variance } from './var';
import { defineFunction } from './define';

/** sqrt(var): like PyTorch's std_backward, the gradient is 0 where the deviation is 0 (e.g. a constant input). */
export const std = defineFunction({
  name: 'std', torch: 'torch.std', doc: 'Standard deviation of the elements, over all dims or the given ones (correction=1 by default).',
  params: SPREAD_PARAMS,
  kwargs: SPREAD_KWARGS,
  examples: [
    { formula: '=std([2, 4, 4, 4, 5, 5, 7, 9], correction=0)', result: 2 },
    { formula: '=std([[1, 3], [2, 6]], dim=1)', result: [1.4142135623730951, 2.8284271247461903] },
  ],
  lower: ([input, dim, unbiased, keepdim], kwargs) => {
    const c = correctionOf('std', kwargs, unbiased);
    if (typeof c !== 'number') return c;
    return attempt(() => relabel(run(sqrt, [variance('std', input, dim, c, keepdim)], { maskZero: true }), 'StdBackward0', [input]));
  },
});
