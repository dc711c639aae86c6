import { unary } from '../kernels';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { div } from './div';
import { mul } from './mul';

/** Square root, elementwise (NaN for negatives). */
export const sqrt: OpDef = {
  name: 'sqrt', gradFn: 'SqrtBackward0', doc: 'Square root of each element.', example: 'sqrt([4, 9]) → [2, 3]',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'sqrt'),
  // 1 / (2 sqrt(x)) from the output, as PyTorch does; at 0 the slope is +inf.
  backward: (_in, out, g) => [run(div, [g, run(mul, [scalar(2), out])])],
};
