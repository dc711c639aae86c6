import { errors } from '../errors';
import { type OpDef, run } from '../op';
import { normDim, sameShape, stridesOf } from '../shape';
import { type IndexAttrs, gather, indexShapeError, walkIndex } from './gather';

/**
 * `input` with each src[p] added at p's position with its `dim` coordinate replaced by index[p], as
 * torch.scatter_add. Here src must have index's shape (PyTorch allows a larger src and ignores the rest).
 */
export const scatter_add: OpDef<IndexAttrs> = {
  name: 'scatter_add',
  gradFn: 'ScatterAddBackward0',
  doc: 'Adds src into input along a dim at the positions an index tensor gives.',
  shape: ([a, index, src], { dim }) => {
    const d = normDim('scatter_add', dim, a.length);
    if (typeof d !== 'number') return d;
    if (!sameShape(index, src)) {
      return errors.shape('scatter_add', `src of shape ${errors.fmtShape(src)} must have the shape of index, ${errors.fmtShape(index)}`);
    }
    return indexShapeError('scatter_add', a, index, d) ?? a;
  },
  // An index out of range (callers check first) adds nothing.
  forward: ([a, index, src], { dim }) => {
    const d = a.rank === 0 ? 0 : (normDim('scatter_add', dim, a.rank) as number);
    const out = a.data.slice();
    const strides = a.rank === 0 ? [1] : stridesOf(a.shape);
    const size = a.rank === 0 ? 1 : a.shape[d];
    const sd = src.data;
    walkIndex(index, d, strides, (p, base, k) => {
      if (Number.isInteger(k) && k >= 0 && k < size) out[base + k * strides[d]] += sd[p];
    });
    return out;
  },
  // The input passes through; each src element's upstream is read back from where it was added.
  backward: ([, index], _out, g, { dim }) => [g, null, run(gather, [g, index], { dim })],
};
