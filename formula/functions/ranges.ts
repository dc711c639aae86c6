// Owns the values of arange and linspace, computed bit for bit as PyTorch's CPU kernels do for float64:
// AVX2 vectors of 4 doubles, processed 8 elements per step, each element a fused multiply-add
// (PyTorch's build contracts `start + step * i` into one), and the tail element by element.

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's constant for splitting a double into two 26-bit halves

/**
 * a * b + c with one rounding (a fused multiply-add), which JavaScript lacks: the product's exact
 * error by Dekker's two-product, the sum's by Knuth's two-sum, then recombined. Exact except in rare
 * double-rounding ties, and falls back to a * b + c where the split would overflow.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || Math.abs(a) > 1e290 || Math.abs(b) > 1e290) return p + c;
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  const s = p + c;
  const bb = s - p;
  const t = p - (s - bb) + (c - bb);
  return s + (t + e);
}

/** PyTorch's element count for arange: ceil((end - start) / step), in float64. */
export function arangeLength(start: number, end: number, step: number): number {
  return Math.ceil((end - start) / step);
}

const VEC = 4;

/**
 * Fills `out` as PyTorch's vectorised nullary loop does: each vector starts at `first(i)` and its
 * lanes add k steps to that; elements past the last whole pair of vectors come from `first(i)` alone.
 */
function fillVectorised(out: Float64Array, step: number, first: (i: number) => number): Float64Array {
  const n = out.length;
  let i = 0;
  for (; i + 2 * VEC <= n; i += 2 * VEC) {
    for (let v = i; v < i + 2 * VEC; v += VEC) {
      const base = first(v);
      for (let k = 0; k < VEC; k++) out[v + k] = fma(k, step, base);
    }
  }
  for (; i < n; i++) out[i] = first(i);
  return out;
}

/** Fills `out` with torch.arange(start, ·, step) for float64: start + i * step, as the kernel rounds it. */
export function fillArange(out: Float64Array, start: number, step: number): Float64Array {
  return fillVectorised(out, step, (i) => fma(step, i, start));
}

/**
 * Fills `out` with torch.linspace(start, end, out.length): step = (end - start) / (steps - 1); the first
 * half counts up from start, the second half down from end, so both ends are exact.
 */
export function fillLinspace(out: Float64Array, start: number, end: number): Float64Array {
  const steps = out.length;
  if (steps === 1) out[0] = start;
  if (steps <= 1) return out;
  const step = (end - start) / (steps - 1);
  const half = Math.floor(steps / 2);
  return fillVectorised(out, step, (i) => (i < half ? fma(step, i, start) : fma(-step, steps - i - 1, end)));
}
