import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { mul } from './mul';
import { neg } from './neg';
import { sin } from './sin';

/** Cosine of each element (radians). */
export const cos: OpDef = {
  name: 'cos',
  gradFn: 'CosBackward0',
  doc: 'Cosine of each element (radians).',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'cos'),
  backward: ([a], _out, g) => [run(mul, [g, run(neg, [run(sin, [a])])])],
};
