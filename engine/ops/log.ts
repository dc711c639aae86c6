import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { div } from './div';

/** Natural logarithm, elementwise: log(0) is -inf and a negative gives NaN, as in PyTorch. */
export const log: OpDef = {
  name: 'log',
  gradFn: 'LogBackward0',
  doc: 'Natural logarithm of each element.',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'log'),
  backward: ([a], _out, g) => [run(div, [g, a])],
};
