import { errors } from '../../engine/errors';
import { Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

/** Clamps every gradient element into [-clip_value, clip_value], as torch.nn.utils.clip_grad_value_. */
export const clip_grad_value: FunctionDef = {
  name: 'clip_grad_value', torch: 'torch.nn.utils.clip_grad_value_', doc: 'Gradient elements clamped into [-clip_value, clip_value].',
  params: [{ name: 'grads', kind: 'tensor' }, { name: 'clip_value', kind: 'number' }],
  examples: [{ formula: '=clip_grad_value([0.9, -2.4, 0.3], 0.5)', result: [0.5, -0.5, 0.3] }],
  lower: ([g, c]) => {
    const t = g as Tensor;
    const v = c as number;
    if (!(v >= 0)) return errors.value('clip_grad_value', `clip_value must not be negative, got ${v}`);
    const data = new Float64Array(t.size);
    for (let i = 0; i < data.length; i++) data[i] = Math.min(v, Math.max(-v, t.data[i]));
    return new Tensor(data, t.shape);
  },
};
