import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { div } from './div';
import { eq } from './eq';
import { mul } from './mul';
import { where } from './where';

/**
 * Square root, elementwise (NaN for negatives). With `maskZero` the slope where the output is 0 is 0
 * instead of +inf: PyTorch's std_backward masks it so, which gives a constant input's std a zero gradient.
 */
export const sqrt: OpDef<{ maskZero: boolean } | undefined> = {
  name: 'sqrt',
  gradFn: 'SqrtBackward0',
  doc: 'Square root of each element.',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'sqrt'),
  // 1 / (2 sqrt(x)) from the output, as PyTorch does; at 0 the slope is +inf.
  backward: (_in, out, g, attrs) => {
    const slope = run(div, [g, run(mul, [scalar(2), out])]);
    return [attrs?.maskZero ? run(where, [run(eq, [out, scalar(0)]), scalar(0), slope]) : slope];
  },
};
