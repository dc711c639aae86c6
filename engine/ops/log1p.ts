import { mapUnary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { add } from './add';
import { div } from './div';

/**
 * log(1 + x), elementwise. A primitive rather than log(add(1, x)) for numerical stability:
 * for tiny x, 1 + x rounds away the digits of x that log1p keeps.
 */
export const log1p: OpDef = {
  name: 'log1p',
  gradFn: 'Log1PBackward0',
  doc: 'log(1 + x) of each element, accurate for small x.',
  shape: ([a]) => a,
  forward: ([a]) => mapUnary(a, Math.log1p),
  backward: ([a], _out, g) => [run(div, [g, run(add, [a, scalar(1)])])],
};
