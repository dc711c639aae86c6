import { errors } from '../errors';
import { reduction, sumInto } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { type Shape, broadcastShapes, sameShape } from '../shape';
import { expand } from './expand';

/** Which dims of `from` to sum so that it becomes `to` (which must broadcast to `from`). */
export function sumToDims(from: Shape, to: Shape): number[] {
  const off = from.length - to.length;
  const dims: number[] = [];
  for (let d = 0; d < from.length; d++) if (d < off || (to[d - off] === 1 && from[d] !== 1)) dims.push(d);
  return dims;
}

/** Sums a broadcast tensor back to a shape it was broadcast from: the adjoint of `expand`. */
export const sum_to: OpDef<Shape> = {
  name: 'sum_to',
  gradFn: 'SumBackward1',
  doc: 'Sums over broadcast dims back to a target shape.',
  shape: ([a], to) => {
    const b = broadcastShapes('sum_to', to, a);
    return Array.isArray(b) && sameShape(b, a) ? to : errors.shape('sum_to', `cannot sum ${errors.fmtShape(a)} to ${errors.fmtShape(to)}`);
  },
  forward: ([a], to) => {
    const r = reduction(a.shape, sumToDims(a.shape, to), true);
    return sumInto(a.data, r);
  },
  backward: ([a], _out, g) => [run(expand, [g], a.shape)],
};
