import { errors } from '../errors';
import { type OpDef, run } from '../op';
import { type Shape, sizeOf } from '../shape';

/** Same data, new shape: a view sharing the buffer (`reshape`, `view`, `flatten`, `squeeze`, `unsqueeze`). */
export const reshape: OpDef<Shape> = {
  name: 'reshape',
  gradFn: 'ViewBackward0',
  doc: 'The same elements in a new shape.',
  shape: ([a], to) =>
    sizeOf(a) === sizeOf(to)
      ? to
      : errors.shape('reshape', `shape ${errors.fmtShape(to)} is invalid for a tensor of ${sizeOf(a)} elements`),
  // Tensors are immutable, so sharing the buffer is safe.
  dtype: ([d]) => d,
  forward: ([a]) => a.data,
  backward: ([a], _out, g) => [run(reshape, [g], a.shape)],
};
