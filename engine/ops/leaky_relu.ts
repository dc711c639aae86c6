import { mapUnary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { gt } from './gt';
import { mul } from './mul';
import { where } from './where';

export interface LeakyReluAttrs {
  /** PyTorch's negative_slope (default 0.01): the slope for x <= 0. */
  readonly slope: number;
}

/** x for x > 0, slope·x otherwise. */
export const leaky_relu: OpDef<LeakyReluAttrs> = {
  name: 'leaky_relu',
  gradFn: 'LeakyReluBackward0',
  doc: 'x where x > 0, negative_slope · x elsewhere.',
  shape: ([a]) => a,
  forward: ([a], { slope }) => mapUnary(a, (x) => (x > 0 ? x : x * slope)),
  // The slope at 0 is negative_slope, as PyTorch's leaky_relu_backward (it tests x > 0).
  backward: ([a], _out, g, { slope }) => [run(where, [run(gt, [a, scalar(0)]), g, run(mul, [g, scalar(slope)])])],
};
