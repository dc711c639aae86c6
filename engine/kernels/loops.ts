// Owns the loops every op shares: elementwise maps with broadcasting and reductions over dims.
// No per-element allocation; fast paths for equal shapes and scalars, an odometer for the rest.
// size: the strided loops every op shares, one per access pattern.

import { type Shape, broadcastStrides, sizeOf, stridesOf } from '../shape';
import { cosInto, expInto, sinInto } from './fastmath';
import { noteChecked } from '../nonfinite';
import { takeData } from '../pool';
import type { Tensor } from '../tensor';

// Small outputs (most cells hold one number) are views into a shared slab: allocating a typed array
// of its own costs about twice as much (measured 396 ns against 213 ns per retained one-element array,
// GC included). A slab lives while any of its views does, so slabs stay small.
const SLAB = 64;
const SMALL = 4;
let slab = new ArrayBuffer(SLAB * 8);
let slabUsed = 0;

/** A zeroed Float64Array of length n; small ones share a slab (never take a tensor's `.buffer`), large ones may be reused (pool.ts). */
export function allocData(n: number): Float64Array {
  if (n > SMALL) return takeData(n);
  if (slabUsed + n > SLAB) {
    slab = new ArrayBuffer(SLAB * 8);
    slabUsed = 0;
  }
  const out = new Float64Array(slab, slabUsed * 8, n);
  slabUsed += n;
  return out;
}

/** out[i] = f(a[i]). `f` is called through a shared call site, so the common maps use `unary` instead. */
export function mapUnary(a: Tensor, f: (x: number) => number): Float64Array {
  const src = a.data;
  const out = allocData(src.length);
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
  const out = allocData(n);
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

/**
 * The elementwise maps the common ops share, each with a loop of its own. V8 inlines `Math.exp` or
 * `x * x` only at a call site that sees one function; through `mapUnary`'s shared site every element
 * pays a generic call (measured at 9-11 ns, five times a whole multiply loop).
 */
export type UnaryKind = 'exp' | 'log' | 'sin' | 'cos' | 'tanh' | 'sqrt' | 'abs' | 'neg' | 'square' | 'relu' | 'sigmoid';

export function unary(a: Tensor, kind: UnaryKind): Float64Array {
  const s = a.data;
  const n = s.length;
  const o = allocData(n);
  // fastmath's table-driven kernels are 2.2-2.4x faster than Math.* on [-1.5, 1.5] and no less
  // accurate (call() checks their output for NaN/inf itself).
  if (kind === 'exp' || kind === 'sin' || kind === 'cos') {
    (kind === 'exp' ? expInto : kind === 'sin' ? sinInto : cosInto)(s, o, n);
    return o;
  }
  // Each loop also sums v - v, NaN exactly when some v is not finite: the check call() needs, in
  // the same pass (see noteChecked).
  let bad = 0;
  switch (kind) {
    case 'log':
      for (let i = 0; i < n; i++) {
        const v = Math.log(s[i]);
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'tanh':
      for (let i = 0; i < n; i++) {
        const v = Math.tanh(s[i]);
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'sqrt':
      for (let i = 0; i < n; i++) {
        const v = Math.sqrt(s[i]);
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'abs':
      for (let i = 0; i < n; i++) {
        const v = Math.abs(s[i]);
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'neg':
      for (let i = 0; i < n; i++) {
        const v = -s[i];
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'square':
      for (let i = 0; i < n; i++) {
        const v = s[i] * s[i];
        o[i] = v;
        bad += v - v;
      }
      break;
    // NaN passes through, as PyTorch's clamp_min(x, 0) lets it.
    case 'relu':
      for (let i = 0; i < n; i++) {
        const x = s[i];
        const v = x > 0 || x !== x ? x : 0;
        o[i] = v;
        bad += v - v;
      }
      break;
    // PyTorch's CPU formula, so the last bits agree.
    case 'sigmoid':
      for (let i = 0; i < n; i++) {
        const v = 1 / (1 + Math.exp(-s[i]));
        o[i] = v;
        bad += v - v;
      }
      break;
  }
  noteChecked(o, bad !== 0);
  return o;
}

export type ArithKind = 'add' | 'sub' | 'mul' | 'div';

const ARITH: Record<ArithKind, (x: number, y: number) => number> = {
  add: (x, y) => x + y,
  sub: (x, y) => x - y,
  mul: (x, y) => x * y,
  div: (x, y) => x / y,
};

/**
 * a ∘ b for the four arithmetic operators over the broadcast `shape`: same-size and number operands
 * get a loop per operator (see `unary`), other broadcasts go through `zipBinary`.
 */
export function arith(a: Tensor, b: Tensor, shape: Shape, kind: ArithKind): Float64Array {
  const n = sizeOf(shape);
  const x = a.data;
  const y = b.data;
  if (x.length === n && y.length === n) return arithSame(x, y, n, kind);
  if (x.length === n && y.length === 1) return arithNumber(x, y[0], n, kind, false);
  if (y.length === n && x.length === 1) return arithNumber(y, x[0], n, kind, true);
  return zipBinary(a, b, shape, ARITH[kind]);
}

function arithSame(x: Float64Array, y: Float64Array, n: number, kind: ArithKind): Float64Array {
  const o = allocData(n);
  let bad = 0; // as in `unary`
  switch (kind) {
    case 'add':
      for (let i = 0; i < n; i++) {
        const v = x[i] + y[i];
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'sub':
      for (let i = 0; i < n; i++) {
        const v = x[i] - y[i];
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'mul':
      for (let i = 0; i < n; i++) {
        const v = x[i] * y[i];
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'div':
      for (let i = 0; i < n; i++) {
        const v = x[i] / y[i];
        o[i] = v;
        bad += v - v;
      }
      break;
  }
  noteChecked(o, bad !== 0);
  return o;
}

/** t ∘ c, or c ∘ t when `numberFirst`, for a tensor's data `t` and a number `c`. */
function arithNumber(t: Float64Array, c: number, n: number, kind: ArithKind, numberFirst: boolean): Float64Array {
  const o = allocData(n);
  let bad = 0; // as in `unary`
  switch (kind) {
    case 'add':
      for (let i = 0; i < n; i++) {
        const v = t[i] + c;
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'mul':
      for (let i = 0; i < n; i++) {
        const v = t[i] * c;
        o[i] = v;
        bad += v - v;
      }
      break;
    case 'sub':
      if (numberFirst)
        for (let i = 0; i < n; i++) {
          const v = c - t[i];
          o[i] = v;
          bad += v - v;
        }
      else
        for (let i = 0; i < n; i++) {
          const v = t[i] - c;
          o[i] = v;
          bad += v - v;
        }
      break;
    case 'div':
      if (numberFirst)
        for (let i = 0; i < n; i++) {
          const v = c / t[i];
          o[i] = v;
          bad += v - v;
        }
      else
        for (let i = 0; i < n; i++) {
          const v = t[i] / c;
          o[i] = v;
          bad += v - v;
        }
      break;
  }
  noteChecked(o, bad !== 0);
  return o;
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
