import { scalar, type Tensor } from '../../engine/tensor';
import type { FunctionDef } from './types';

export const numel: FunctionDef = {
  name: 'numel', torch: 'torch.numel', doc: 'The number of elements, as a 0-D tensor.',
  params: [{ name: 'input', kind: 'tensor' }],
  examples: [{ formula: '=numel(ones(2, 3))', result: 6 }],
  lower: ([x]) => scalar((x as Tensor).size),
};
