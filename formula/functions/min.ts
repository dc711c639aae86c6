import { amin } from '../../engine/ops/amin';
import { argmin } from '../../engine/ops/argmin';
import { minimum } from '../../engine/ops/minimum';
import { EXTREMUM_PARAMS, extremum } from './max';
import { defineFunction } from './define';

export const min = defineFunction({
  name: 'min', torch: 'torch.min',
  doc: 'Smallest element; with dim, the tuple (values, indices) along it; with a tensor, the elementwise minimum.',
  params: EXTREMUM_PARAMS,
  kwargs: [{ name: 'other', kind: 'tensor', default: null, doc: 'A tensor to take the elementwise minimum with.' }],
  examples: [
    { formula: '=min([[1, 5], [3, 2]])', result: 1 },
    { formula: '=min([[1, 5], [3, 2]], dim=1)[0]', result: [1, 2] },
    { formula: '=min([1, 5], [3, 2])', result: [1, 2] },
  ],
  lower: ([input, second, keepdim], { other }) =>
    extremum(
      { fn: 'min', reduce: amin, arg: argmin, pair: minimum, full: 'MinBackward1', alongDim: 'MinBackward0' },
      input, second, keepdim, other,
    ),
});
