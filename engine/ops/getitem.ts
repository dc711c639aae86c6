// Owns the op `getitem`: `x[...]` on a tensor, as Python's `__getitem__` (grad_fn names as PyTorch's).

import { isError } from '../errors';
import { type OpDef, run } from '../op';
import { sizeOf } from '../shape';
import { type IndexAttrs, indexGradFn, indexLayout } from './index-parts';
import { index_backward } from './index_backward';
import { gatherLayout } from '../kernels/strided';

/** `x[...]`: selects, slices, gathers by an integer tensor or masks by a bool tensor, leading dims first. */
export const getitem: OpDef<IndexAttrs> = {
  name: 'getitem',
  gradFn: (attrs, [a]) => indexGradFn(a.shape, attrs.parts),
  doc: 'Indexing as PyTorch does it: x[0], x[:, 1], x[1:3, ::2], x[-1, -2:], x[[0, 2]], x[mask].',
  shape: ([a], attrs) => {
    const r = indexLayout(a, attrs.parts);
    return isError(r) ? r : r.outShape;
  },
  dtype: ([d]) => d,
  forward: ([a], attrs, outShape) => {
    const r = indexLayout(a.shape, attrs.parts);
    if (isError(r)) throw new Error(`index: layout rejected after its shape rule passed: ${r.message}`);
    return gatherLayout(a.data, r.layout, sizeOf(outShape));
  },
  // Each picked element's gradient goes back to where it was read; repeated picks add up.
  backward: ([a], _out, g, attrs) => [run(index_backward, [g], { parts: attrs.parts, shape: a.shape })],
};
