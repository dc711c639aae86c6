// Owns the shape of the six comparison ops (eq ne lt le gt ge): boolean output, broadcasting, no derivative.

import { zipBinary } from '../kernels/loops';
import type { OpDef } from '../op';
import { broadcastShapes } from '../shape';

/** A comparison op: true (1) where `test` holds; NaN compares as IEEE says (only != is true). */
export function comparison(name: string, symbol: string, test: (x: number, y: number) => boolean): OpDef {
  return {
    // gradFn is never shown: a boolean result records no history.
    name,
    gradFn: '',
    doc: `x ${symbol} y elementwise, broadcasting; the result is boolean.`,
    shape: ([a, b]) => broadcastShapes(name, a, b),
    dtype: () => 'bool',
    forward: ([a, b], _, shape) => zipBinary(a, b, shape, (x, y) => (test(x, y) ? 1 : 0)),
    // No backward: a boolean result has no gradient (PyTorch: comparisons are not differentiable).
  };
}
