import { call } from '../../engine/op';
import { pow } from '../../engine/ops/pow';
import { scalar } from '../../engine/tensor';
import { defineFunction } from './define';

/** x ** 2. As in PyTorch it is pow with the number 2, so its node is PowBackward0. */
export const square = defineFunction({
  name: 'square',
  torch: 'torch.square',
  doc: 'The square of each element.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [{ formula: '=square([1, -2, 3])', result: [1, 4, 9] }],
  lower: ([x]) => call(pow, [x, scalar(2)]),
});
