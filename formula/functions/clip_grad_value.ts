import { errors, isError } from '../../engine/errors';
import { Tensor } from '../../engine/tensor';
import { gradientList, sameStructure } from './gradient-list';
import { defineFunction } from './define';

/** Clamps every gradient element into [-clip_value, clip_value], as torch.nn.utils.clip_grad_value_. */
export const clip_grad_value = defineFunction({
  name: 'clip_grad_value',
  torch: 'torch.nn.utils.clip_grad_value_',
  doc: 'Gradient elements clamped into [-clip_value, clip_value]; a tuple of gradients is clipped item by item.',
  params: [
    { name: 'grads', kind: 'any' },
    { name: 'clip_value', kind: 'number' },
  ],
  examples: [
    { formula: '=clip_grad_value([0.9, -2.4, 0.3], 0.5)', result: [0.5, -0.5, 0.3] },
    { formula: '=clip_grad_value(tuple([0.9, -2.4], [3]), 1)[1]', result: [1] },
  ],
  lower: ([g, c]) => {
    const gs = gradientList('clip_grad_value', g);
    if (isError(gs)) return gs;
    const v = c;
    if (!(v >= 0)) return errors.value('clip_grad_value', `clip_value must be 0 or more, got ${v}`);
    return sameStructure(
      g,
      gs.map((t) => clamped(t, v)),
    );
  },
});

function clamped(t: Tensor, v: number): Tensor {
  const data = new Float64Array(t.size);
  for (let i = 0; i < data.length; i++) data[i] = Math.min(v, Math.max(-v, t.data[i]));
  return new Tensor(data, t.shape);
}
