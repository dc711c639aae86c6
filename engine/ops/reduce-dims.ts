// Owns the attrs every reduction shares: which dims (null: all) and whether to keep them.

import { type CellError, errors } from '../errors';
import { normDim } from '../shape';

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
