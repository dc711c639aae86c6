import { relabel } from '../../engine/composite';
import { attempt, run } from '../../engine/op';
import { mul } from '../../engine/ops/mul';
import { scalar } from '../../engine/tensor';
import { defineFunction } from './define';

/** A copy that keeps the history: the body is x * 1 (exact), shown as PyTorch's CloneBackward0. */
export const clone = defineFunction({
  name: 'clone',
  torch: 'torch.clone',
  doc: 'A copy of the tensor; gradients flow through it.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [
    { formula: '=clone([1, 2])', result: [1, 2] },
    { formula: '=ones(2, requires_grad=true).clone().grad_fn', result: 'CloneBackward0' },
  ],
  lower: ([x]) => {
    const t = x;
    if (t.dtype === 'bool') return t;
    return attempt(() => relabel(run(mul, [t, scalar(1)]), 'CloneBackward0', [t]));
  },
});
