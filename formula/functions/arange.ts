import { errors } from '../../engine/errors';
import { arangeLength, fillArange } from './ranges';
import { filledLeaf, REQUIRES_GRAD } from './shape-args';
import { defineFunction } from './define';

/** arange(end) or arange(start, end, step): values from start up to (not including) end, as PyTorch computes them. */
export const arange = defineFunction({
  name: 'arange',
  torch: 'torch.arange',
  doc: 'Values from start (default 0) up to but not including end, step apart.',
  params: [
    { name: 'start', kind: 'number' },
    { name: 'end', kind: 'number', default: null },
    { name: 'step', kind: 'number', default: 1 },
  ],
  kwargs: [REQUIRES_GRAD],
  examples: [
    { formula: '=arange(4)', result: [0, 1, 2, 3] },
    { formula: '=arange(1, 2, 0.25)', result: [1, 1.25, 1.5, 1.75] },
    { formula: '=arange(1, 1.8, 0.1)', result: [1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.5999999999999999, 1.7] },
    { formula: '=arange(0, 1, 0)', result: '#VALUE!' },
  ],
  lower: ([a, b, s], { requires_grad }) => {
    const [start, end] = b === null ? [0, a] : [a, b];
    const step = s;
    if (!Number.isFinite(start) || !Number.isFinite(end)) return errors.value('arange', `unsupported range: ${start} -> ${end}`);
    if (step === 0 || !Number.isFinite(step)) return errors.value('arange', `step must be a nonzero finite number, got ${step}`);
    if ((step > 0 && end < start) || (step < 0 && end > start)) {
      return errors.value('arange', `the bounds ${start} and ${end} are inconsistent with the sign of step ${step}`);
    }
    const n = arangeLength(start, end, step);
    return filledLeaf('arange', [n], (out) => fillArange(out, start, step), requires_grad);
  },
});
