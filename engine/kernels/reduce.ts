// Owns the loops the reduce group's ops share: the [outer, n, inner] view around one dim, reduced shapes,
// the extremes of each group and where they sit, and the exp-sums behind softmax and logsumexp.

import { type Shape, normDim, sizeOf } from '../shape';
import { Tensor } from '../tensor';
import { type Reduction, reduction } from './loops';

/** A tensor seen as [outer, n, inner] around one dim: element (o, k, i) sits at (o * n + k) * inner + i. */
export interface Lanes {
  readonly outer: number;
  readonly n: number;
  readonly inner: number;
}

/** The lanes of `shape` along `dim` (normalised); a 0-D tensor is one lane of one element. */
export function lanes(shape: Shape, dim: number): Lanes {
  if (shape.length === 0) return { outer: 1, n: 1, inner: 1 };
  return { outer: sizeOf(shape.slice(0, dim)), n: shape[dim], inner: sizeOf(shape.slice(dim + 1)) };
}

/** The shape after reducing `dims` (normalised), with them kept as size 1 or dropped. */
export function reducedShape(shape: Shape, dims: readonly number[], keepdim: boolean): number[] {
  return keepdim ? shape.map((n, d) => (dims.includes(d) ? 1 : n)) : shape.filter((_, d) => !dims.includes(d));
}

/**
 * Where a reduction's extreme value came from, as a constant share per element: 1/k at each of the k
 * elements equal to their group's result (NaN results match NaN elements), 0 elsewhere. PyTorch's
 * amax/amin/max/min backward spreads the gradient evenly over ties like this.
 */
export function tieShares(x: Tensor, result: Float64Array, dims: readonly number[]): Tensor {
  const { target } = reduction(x.shape, dims, true);
  const counts = new Float64Array(result.length);
  const share = new Float64Array(x.size);
  const xd = x.data;
  for (let i = 0; i < xd.length; i++) {
    const r = result[target[i]];
    if (xd[i] === r || (xd[i] !== xd[i] && r !== r)) {
      share[i] = 1;
      counts[target[i]]++;
    }
  }
  for (let i = 0; i < share.length; i++) share[i] /= counts[target[i]] || 1;
  return new Tensor(share, x.shape); // a constant: masks have zero derivative
}

/** The largest (`sign` 1) or smallest (`sign` -1) element of each group over `dims`; NaN wins, as in PyTorch. */
export function extremes(x: Tensor, dims: readonly number[], sign: 1 | -1): Float64Array {
  return extremesOf(x.data, reduction(x.shape, dims, true), sign);
}

function extremesOf(xd: Float64Array, r: Reduction, sign: 1 | -1): Float64Array {
  const out = new Float64Array(sizeOf(r.keptShape)).fill(-sign * Infinity);
  const t = r.target;
  for (let i = 0; i < xd.length; i++) {
    const v = xd[i];
    if (sign * (v - out[t[i]]) > 0 || v !== v) out[t[i]] = v;
  }
  return out;
}

/**
 * Index of the first largest (`sign` 1) or smallest (`sign` -1) element along `dim`, or into the
 * flattened tensor when `dim` is null. A NaN counts as the extreme either way, as in PyTorch.
 */
export function argExtremes(x: Tensor, dim: number | null, sign: 1 | -1): Float64Array {
  // The shape rule has checked `dim` already.
  const { outer, n, inner } = dim === null ? { outer: 1, n: x.size, inner: 1 } : lanes(x.shape, normDim('arg', dim, x.rank) as number);
  const out = new Float64Array(outer * inner);
  const xd = x.data;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      let best = xd[base];
      let at = 0;
      for (let k = 1; k < n && best === best; k++) {
        const v = xd[base + k * inner];
        if (sign * (v - best) > 0 || v !== v) {
          best = v;
          at = k;
        }
      }
      out[o * inner + i] = at;
    }
  }
  return out;
}

/**
 * Per group over `dims`: the max, subtracted before exponentiating so exp cannot overflow, and the
 * sum of exp(x - max). logsumexp shifts by 0 where the max is infinite (`finiteShift`), as PyTorch does.
 */
export function expSums(
  x: Tensor,
  dims: readonly number[],
  finiteShift: boolean,
): { target: Int32Array; shift: Float64Array; sums: Float64Array } {
  const r = reduction(x.shape, dims, true);
  const shift = extremesOf(x.data, r, 1);
  if (finiteShift) for (let j = 0; j < shift.length; j++) if (Math.abs(shift[j]) === Infinity) shift[j] = 0;
  const sums = new Float64Array(shift.length);
  const xd = x.data;
  const target = r.target;
  for (let i = 0; i < xd.length; i++) sums[target[i]] += Math.exp(xd[i] - shift[target[i]]);
  return { target, shift, sums };
}

/** softmax (or log_softmax with `log`) over the groups `dims` make. */
export function softmaxData(x: Tensor, dims: readonly number[], log: boolean): Float64Array {
  const { target, shift, sums } = expSums(x, dims, false);
  // PyTorch's CPU kernels: log_softmax subtracts log(sum); softmax multiplies by 1 / sum (so the last bits agree).
  for (let j = 0; j < sums.length; j++) sums[j] = log ? Math.log(sums[j]) : 1 / sums[j];
  const out = new Float64Array(x.size);
  const xd = x.data;
  for (let i = 0; i < xd.length; i++) {
    const j = target[i];
    out[i] = log ? xd[i] - shift[j] - sums[j] : Math.exp(xd[i] - shift[j]) * sums[j];
  }
  return out;
}
