// Owns the NaN/±inf policy: tensors keep IEEE values; the first op and cell that made one is recorded.

import type { NonFiniteOrigin, Tensor } from './tensor';

let currentCell: string | null = null;
let currentRule: string | null = null;

/** The evaluator says which cell is computing, so an origin can name it. */
export function setCurrentCell(cell: string | null): string | null {
  const prev = currentCell;
  currentCell = cell;
  return prev;
}

/**
 * Autograd says which backward rule is running (its grad_fn name, e.g. `SqrtBackward0`), or null when
 * none is. Rules are written with forward ops (sqrt's is a div), so without this a NaN made inside one
 * would be blamed on the op it is written with; PyTorch's anomaly mode names the backward function.
 */
export function setCurrentRule(rule: string | null): string | null {
  const prev = currentRule;
  currentRule = rule;
  return prev;
}

// Kernels that check their output as they write it leave the verdict here, so `hasNonFinite` need
// not read a large array a second time. Only large arrays: for small ones the lookup costs more.
const CHECKED_MIN = 1024;
const verdicts = new WeakMap<Float64Array, boolean>();

/** Forgets a verdict: `data` is about to be written again (pool.ts reuses it). */
export function forgetChecked(data: Float64Array): void {
  if (data.length >= CHECKED_MIN) verdicts.delete(data);
}

/** Records whether freshly written `data` holds a NaN or ±inf (until it is written again). */
export function noteChecked(data: Float64Array, nonFinite: boolean): void {
  if (data.length >= CHECKED_MIN) verdicts.set(data, nonFinite);
}

/**
 * x - x is 0 for every finite x and NaN for NaN and ±inf, so a sum of them is NaN exactly when some
 * element is not finite. Four sums without a branch run about twice as fast as testing each element.
 */
function hasNonFinite(data: Float64Array): boolean {
  const n = data.length;
  if (n >= CHECKED_MIN) {
    const known = verdicts.get(data);
    if (known !== undefined) return known;
  }
  const n4 = n - (n % 4);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < n4; i += 4) {
    s0 += data[i] - data[i];
    s1 += data[i + 1] - data[i + 1];
    s2 += data[i + 2] - data[i + 2];
    s3 += data[i + 3] - data[i + 3];
  }
  for (let i = n4; i < n; i++) s0 += data[i] - data[i];
  return s0 + s1 + s2 + s3 !== 0;
}

/**
 * The origin an output holding NaN/±inf carries: the first flagged input's (the value came from there),
 * else this op, which made it (inside a backward rule: that rule). A finite output carries none.
 */
export function nonFiniteOrigin(op: string, inputs: readonly Tensor[], out: Float64Array): NonFiniteOrigin | null {
  if (!hasNonFinite(out)) return null;
  for (const t of inputs) if (t.nonfinite) return t.nonfinite;
  return { op: currentRule ?? op, cell: currentCell };
}
