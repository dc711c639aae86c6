// Owns the loops every op shares: elementwise maps with broadcasting and reductions over dims.
// No per-element allocation; fast paths for equal shapes and scalars, an odometer for the rest.

import { type Shape, broadcastStrides, sizeOf, stridesOf } from './shape';
import type { Tensor } from './tensor';

export function mapUnary(a: Tensor, f: (x: number) => number): Float64Array {
  const src = a.data;
  const out = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = f(src[i]);
  return out;
}

/** Visits every index of `shape`, calling `visit(outIndex, offA, offB)` with broadcast offsets. */
function walkBroadcast(shape: Shape, sa: number[], sb: number[], visit: (i: number, ia: number, ib: number) => void): void {
  const n = sizeOf(shape);
  const rank = shape.length;
  const idx = new Array<number>(rank).fill(0);
  let ia = 0;
  let ib = 0;
  for (let i = 0; i < n; i++) {
    visit(i, ia, ib);
    for (let d = rank - 1; d >= 0; d--) {
      idx[d]++;
      ia += sa[d];
      ib += sb[d];
      if (idx[d] < shape[d]) break;
      ia -= sa[d] * shape[d];
      ib -= sb[d] * shape[d];
      idx[d] = 0;
    }
  }
}

/** out[i] = f(a[i'], b[i'']) over the broadcast `shape`. */
export function zipBinary(a: Tensor, b: Tensor, shape: Shape, f: (x: number, y: number) => number): Float64Array {
  const n = sizeOf(shape);
  const out = new Float64Array(n);
  const ad = a.data;
  const bd = b.data;
  if (ad.length === n && bd.length === n) {
    for (let i = 0; i < n; i++) out[i] = f(ad[i], bd[i]);
  } else if (bd.length === 1 && ad.length === n) {
    const y = bd[0];
    for (let i = 0; i < n; i++) out[i] = f(ad[i], y);
  } else if (ad.length === 1 && bd.length === n) {
    const x = ad[0];
    for (let i = 0; i < n; i++) out[i] = f(x, bd[i]);
  } else {
    const sa = broadcastStrides(a.shape, shape);
    const sb = broadcastStrides(b.shape, shape);
    walkBroadcast(shape, sa, sb, (i, ia, ib) => {
      out[i] = f(ad[ia], bd[ib]);
    });
  }
  return out;
}

/** Reads `t` broadcast to `shape` into a new contiguous buffer. */
export function expandData(t: Tensor, shape: Shape): Float64Array {
  const n = sizeOf(shape);
  if (t.data.length === n) return t.data.slice();
  const out = new Float64Array(n);
  if (t.data.length === 1) return out.fill(t.data[0]);
  const src = t.data;
  const s = broadcastStrides(t.shape, shape);
  walkBroadcast(shape, s, s, (i, ia) => {
    out[i] = src[ia];
  });
  return out;
}

/**
 * The geometry of reducing `shape` over `dims`: the kept shape and, for each input element, the
 * output element it folds into. `dims` are normalised and sorted.
 */
export interface Reduction {
  outShape: number[];
  keptShape: number[];
  /** Output index of each input element (row-major). */
  target: Int32Array;
  /** How many input elements fold into each output element. */
  count: number;
}

export function reduction(shape: Shape, dims: readonly number[], keepdim: boolean): Reduction {
  const reduced = new Array<boolean>(shape.length).fill(false);
  for (const d of dims) reduced[d] = true;
  const keptShape = shape.map((n, d) => (reduced[d] ? 1 : n));
  const outShape = keepdim ? keptShape : shape.filter((_, d) => !reduced[d]);
  const kept = stridesOf(keptShape);
  const os = shape.map((_, d) => (reduced[d] ? 0 : kept[d]));
  const n = sizeOf(shape);
  const target = new Int32Array(n);
  walkBroadcast(shape, os, os, (i, io) => {
    target[i] = io;
  });
  let count = 1;
  for (const d of dims) count *= shape[d];
  return { outShape, keptShape, target, count };
}

/** Sums `src` into the reduced output. */
export function sumInto(src: Float64Array, r: Reduction): Float64Array {
  const out = new Float64Array(sizeOf(r.outShape));
  const t = r.target;
  for (let i = 0; i < src.length; i++) out[t[i]] += src[i];
  return out;
}
