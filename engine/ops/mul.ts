import { broadcastShapes } from '../shape';
import { arith } from '../kernels/loops';
import { type OpDef, run } from '../op';

/** Elementwise product, broadcasting as PyTorch does. */
export const mul: OpDef = {
  name: 'mul',
  gradFn: 'MulBackward0',
  doc: 'Elementwise product, broadcasting.',
  shape: ([a, b]) => broadcastShapes('mul', a, b),
  forward: ([a, b], _, shape) => arith(a, b, shape, 'mul'),
  // Each side's gradient is the upstream times the other side.
  backward: ([a, b], _out, g, _attrs, needs) => [needs[0] ? run(mul, [g, b]) : null, needs[1] ? run(mul, [g, a]) : null],
};
