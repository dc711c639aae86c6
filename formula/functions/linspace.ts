import { errors } from '../../engine/errors';
import { fillLinspace } from './ranges';
import { filledLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

export const linspace = defineFunction({
  name: 'linspace',
  torch: 'torch.linspace',
  doc: 'steps values evenly spaced from start to end, both included.',
  params: [
    { name: 'start', kind: 'number' },
    { name: 'end', kind: 'number' },
    { name: 'steps', kind: 'int' },
  ],
  kwargs: [REQUIRES_GRAD],
  examples: [
    { formula: '=linspace(0, 1, 5)', result: [0, 0.25, 0.5, 0.75, 1] },
    { formula: '=linspace(-2, 2, 25)[12]', result: 1.1102230246251565e-16 },
  ],
  lower: ([start, end, steps], { requires_grad }) => {
    const n = steps;
    if (n < 0) return errors.value('linspace', `number of steps must be non-negative, got ${n}`);
    return filledLeaf('linspace', [n], (out) => fillLinspace(out, start, end), requires_grad);
  },
});
