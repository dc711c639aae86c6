import { broadcastShapes } from '../shape';
import { arith } from '../kernels/loops';
import type { OpDef } from '../op';

/** Elementwise sum, broadcasting as PyTorch does. */
export const add: OpDef = {
  name: 'add',
  gradFn: 'AddBackward0',
  doc: 'Elementwise sum, broadcasting.',
  shape: ([a, b]) => broadcastShapes('add', a, b),
  forward: ([a, b], _, shape) => arith(a, b, shape, 'add'),
  // The upstream passes through unchanged to both sides; the core sums it back over broadcast dims.
  backward: (_in, _out, g) => [g, g],
};
