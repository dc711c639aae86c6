// Owns the NaN/±inf policy: tensors keep IEEE values; the first op and cell that made one is recorded.

import type { NonFiniteOrigin, Tensor } from './tensor';

let currentCell: string | null = null;

/** The evaluator says which cell is computing, so an origin can name it. */
export function setCurrentCell(cell: string | null): string | null {
  const prev = currentCell;
  currentCell = cell;
  return prev;
}

export function hasNonFinite(data: Float64Array): boolean {
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    if (x - x !== 0) return true; // NaN - NaN and inf - inf are NaN; every finite x gives 0
  }
  return false;
}

/**
 * The origin an output holding NaN/±inf carries: the first flagged input's (the value came from there),
 * else this op, which made it. A finite output carries none.
 */
export function nonFiniteOrigin(op: string, inputs: readonly Tensor[], out: Float64Array): NonFiniteOrigin | null {
  if (!hasNonFinite(out)) return null;
  for (const t of inputs) if (t.nonfinite) return t.nonfinite;
  return { op, cell: currentCell };
}

export function describeOrigin(o: NonFiniteOrigin): string {
  return o.cell ? `${o.op} in ${o.cell}` : o.op;
}
