// Owns shapes: sizes, strides, broadcasting and dimension normalisation. No data, no ops.

import { type CellError, errors } from './errors';

export type Shape = readonly number[];

/** The most dimensions a tensor may have: PyTorch refuses more than 64 in many places (its MAX_DIMS). */
export const MAX_RANK = 64;

export function sizeOf(shape: Shape): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  return n;
}

/** Row-major strides (in elements). */
export function stridesOf(shape: Shape): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

export function sameShape(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** PyTorch broadcasting: align trailing dims; each pair must be equal or contain a 1. */
export function broadcastShapes(op: string, a: Shape, b: Shape): Shape | CellError {
  // Shapes are never mutated, so the common cases hand back an input's own shape.
  if (b.length === 0 || a === b) return a;
  if (a.length === 0) return b;
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = i < n - a.length ? 1 : a[i - (n - a.length)];
    const db = i < n - b.length ? 1 : b[i - (n - b.length)];
    if (da === db || db === 1) out[i] = da;
    else if (da === 1) out[i] = db;
    else return errors.broadcast(op, a, b);
  }
  return out;
}

/** Broadcast any number of shapes, or the first failing pair's error. */
export function broadcastAll(op: string, shapes: readonly Shape[]): Shape | CellError {
  let out: Shape = [];
  for (const s of shapes) {
    const r = broadcastShapes(op, out, s);
    if (!Array.isArray(r)) return r as CellError;
    out = r;
  }
  return out;
}

/**
 * Strides that read `shape` as if it had been broadcast to `target`: broadcast dims get stride 0.
 * `shape` must broadcast to `target`.
 */
export function broadcastStrides(shape: Shape, target: Shape): number[] {
  const own = stridesOf(shape);
  const out = new Array<number>(target.length).fill(0);
  const off = target.length - shape.length;
  for (let i = 0; i < shape.length; i++) out[i + off] = shape[i] === 1 ? 0 : own[i];
  return out;
}

/** A dim argument normalised against a rank (negative counts from the end), or an error. */
export function normDim(op: string, dim: number, rank: number): number | CellError {
  const r = Math.max(rank, 1);
  if (!Number.isInteger(dim) || dim < -r || dim >= r) {
    return errors.value(op, `dim ${dim} is out of range for a tensor of rank ${rank}`);
  }
  return dim < 0 ? dim + r : dim;
}

/**
 * Why a tensor of `shape` may not be made, or null: more than MAX_RANK dims, more than `maxElements`
 * elements, or an empty shape whose nested lists (SPEC §8: [2, 0] prints as [[], []]) would outnumber
 * `maxElements`. Every printer and walker relies on these bounds, so every shape is checked here first.
 */
export function shapeLimitError(op: string, shape: Shape, maxElements: number): CellError | null {
  if (shape.length > MAX_RANK) return errors.rank(op, shape.length, MAX_RANK);
  const n = sizeOf(shape);
  if (n > maxElements) return errors.limit(op, shape, n, maxElements);
  if (n > 0) return null;
  let lists = 1;
  for (let d = 0; d < shape.length && shape[d] !== 0; d++) lists *= shape[d];
  return lists > maxElements ? errors.emptyLists(op, shape, lists, maxElements) : null;
}
