// Owns the attrs every reduction shares (which dims, null for all, and whether to keep them) and the shape
// rules of the reductions that have no identity element.

import { type CellError, errors } from '../errors';
import { type Shape, normDim, sizeOf } from '../shape';
import { reducedShape } from '../kernels/reduce';

export interface ReduceAttrs {
  /** Dims to reduce, possibly negative; null reduces every dim. */
  readonly dims: readonly number[] | null;
  readonly keepdim: boolean;
}

export const ALL: ReduceAttrs = Object.freeze({ dims: null, keepdim: false });

/**
 * The dims normalised against `rank`, sorted and unique, or an error naming the op. An empty list is
 * every dim, as PyTorch reads `sum(x, dim=[])` (a reduction over no dims would change nothing).
 */
export function normDims(op: string, dims: readonly number[] | null, rank: number): number[] | CellError {
  if (dims === null || dims.length === 0) return Array.from({ length: rank }, (_, i) => i);
  const out: number[] = [];
  for (const d of dims) {
    const n = normDim(op, d, rank);
    if (typeof n !== 'number') return n;
    if (rank === 0) continue; // PyTorch accepts dim 0 / -1 on a 0-D tensor and reduces nothing
    if (out.includes(n)) return errors.value(op, `dim ${d} appears more than once`);
    out.push(n);
  }
  return out.sort((x, y) => x - y);
}

/**
 * The shape rule of a reduction that has no identity element (max, min, argmax): the reduced dims
 * must not be empty, as PyTorch requires.
 */
export function nonEmptyReduction(op: string, shape: Shape, dims: readonly number[] | null, keepdim: boolean): Shape | CellError {
  const ds = normDims(op, dims, shape.length);
  if (!Array.isArray(ds)) return ds;
  if ((dims === null || ds.length === 0) && sizeOf(shape) === 0) return errors.value(op, 'cannot reduce an empty tensor');
  for (const d of ds) {
    if (shape[d] === 0) return errors.value(op, `cannot reduce over dim ${d} of size 0 (tensor of shape ${errors.fmtShape(shape)})`);
  }
  return reducedShape(shape, ds, keepdim);
}

/** What argmax/argmin take: one dim, or null for the index into the flattened tensor. */
export interface ArgAttrs {
  readonly dim: number | null;
  readonly keepdim: boolean;
}

/** The shape rule of argmax/argmin: with dim null, keepdim keeps every dim as size 1 (PyTorch 2). */
export function argShape(op: string, shape: Shape, { dim, keepdim }: ArgAttrs): Shape | CellError {
  return nonEmptyReduction(op, shape, dim === null ? null : [dim], keepdim);
}
