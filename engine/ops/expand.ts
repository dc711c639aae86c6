import { errors } from '../errors';
import { expandData } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { type Shape, broadcastShapes, sameShape } from '../shape';
import { sum_to } from './sum_to';

/** Broadcasts a tensor to a larger shape (`broadcast_to`, `expand`). */
export const expand: OpDef<Shape> = {
  name: 'expand',
  gradFn: 'ExpandBackward0',
  doc: 'Broadcasts a tensor to a shape, as torch.broadcast_to.',
  shape: ([a], to) => {
    const b = broadcastShapes('broadcast_to', a, to);
    if (!Array.isArray(b)) return b;
    return sameShape(b, to) ? to : errors.shape('broadcast_to', `cannot broadcast ${errors.fmtShape(a)} to ${errors.fmtShape(to)}`);
  },
  dtype: ([d]) => d,
  forward: ([a], _to, shape) => expandData(a, shape),
  backward: ([a], _out, g) => [run(sum_to, [g], a.shape)],
};
