import { errors } from '../../engine/errors';
import { call } from '../../engine/op';
import { clamp as op } from '../../engine/ops/clamp';
import { defineFunction } from './define';

/** Limits to [min, max]; each bound a number or a tensor, by position or by keyword, either may be left out. */
export const clamp = defineFunction({
  name: 'clamp',
  torch: 'torch.clamp',
  doc: op.doc,
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'min', kind: 'tensor', default: null },
    { name: 'max', kind: 'tensor', default: null },
  ],
  examples: [
    { formula: '=clamp([-1, 0.5, 2], 0, 1)', result: [0, 0.5, 1] },
    { formula: '=clamp([-1, 2], min=0)', result: [0, 2] },
    { formula: '=clamp([-1, 2], max=[0, 1])', result: [-1, 1] },
    { formula: '=clamp([1, 2])', result: '#VALUE!' },
  ],
  lower: ([x, min, max]) => {
    if (min === null && max === null) return errors.value('clamp', "at least one of 'min' or 'max' must be given");
    const bounds = [min, max].filter((b) => b !== null);
    return call(op, [x, ...bounds], { min: min !== null, max: max !== null });
  },
});
