import { errors, isError } from '../errors';
import { type OpDef, run } from '../op';
import { type Shape, sameShape, sizeOf } from '../shape';
import { type IndexPart, indexGradFn, indexLayout } from './index-parts';
import { getitem } from './getitem';
import { scatterLayout } from '../kernels/strided';

export interface IndexBackwardAttrs {
  readonly parts: readonly IndexPart[];
  /** The shape of the tensor that was indexed: the output's shape. */
  readonly shape: Shape;
}

/** PyTorch's names for the node of a gradient of indexing (seen when a gradient is differentiated again). */
const BACKWARD_NAMES = {
  SelectBackward0: 'SelectBackwardBackward0',
  SliceBackward0: 'SliceBackwardBackward0',
  IndexBackward0: 'IndexPutBackward0',
  AliasBackward0: 'AliasBackward0',
} as const;

/** The adjoint of `getitem`: adds each element into zeros of the indexed shape where `getitem` read it. */
export const index_backward: OpDef<IndexBackwardAttrs> = {
  name: 'index_backward',
  gradFn: (attrs) => BACKWARD_NAMES[indexGradFn(attrs.shape, attrs.parts)],
  doc: 'Scatter-adds a tensor into zeros of a shape at the positions an indexing read.',
  shape: ([g], attrs) => {
    const r = indexLayout(attrs.shape, attrs.parts);
    if (isError(r)) return r;
    return sameShape(r.outShape, g)
      ? attrs.shape
      : errors.shape(
          'index_backward',
          `a gradient of shape ${errors.fmtShape(g)} does not fit an indexing that gives ${errors.fmtShape(r.outShape)}`,
        );
  },
  forward: ([g], attrs) => {
    const r = indexLayout(attrs.shape, attrs.parts);
    if (isError(r)) throw new Error(`index_backward: layout rejected after its shape rule passed: ${r.message}`);
    return scatterLayout(g.data, r.layout, sizeOf(attrs.shape));
  },
  // Linear, and `getitem` is its adjoint: reading back the same positions.
  backward: (_in, _out, gg, attrs) => [run(getitem, [gg], { parts: attrs.parts })],
};
