import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';

/** Elementwise negation. */
export const neg: OpDef = {
  name: 'neg',
  gradFn: 'NegBackward0',
  doc: 'Negation, elementwise.',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'neg'),
  backward: (_in, _out, g) => [run(neg, [g])],
};
