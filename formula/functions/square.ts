import { call } from '../../engine/op';
import { pow } from '../../engine/ops/pow';
import { type Tensor, scalar } from '../../engine/tensor';
import type { FunctionDef } from './types';

/** x ** 2. As in PyTorch it is pow with the number 2, so its node is PowBackward0. */
export const square: FunctionDef = {
  name: 'square', torch: 'torch.square', doc: 'The square of each element.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [{ formula: '=square([1, -2, 3])', result: [1, 4, 9] }],
  lower: ([x]) => call(pow, [x as Tensor, scalar(2)]),
};
