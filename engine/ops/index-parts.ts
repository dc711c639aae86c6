// Owns the attrs of indexing (`x[0]`, `x[:, 1]`, `x[1:3, ::2]`, `x[[0, 2]]`, `x[mask]`): normalising what a
// formula wrote against a shape, the offset layout both index ops walk, and PyTorch's grad_fn names.

import { type CellError, errors } from '../errors';
import { type Shape, sameShape, sizeOf, stridesOf } from '../shape';
import { type Tensor, scalar } from '../tensor';
import { type OffsetGroup, type OffsetLayout, stridedLayout } from '../kernels/strided';

/** One normalised part, applied to the next leading dim(s) of the input; trailing dims are kept whole. */
export type IndexPart =
  /** Picks one position (0 <= index < size) and drops the dim. */
  | { readonly kind: 'select'; readonly index: number }
  /** Python slice, already clamped: 0 <= start <= stop <= size, step >= 1. */
  | { readonly kind: 'slice'; readonly start: number; readonly stop: number; readonly step: number }
  /** PyTorch advanced indexing by one integer tensor: the dim becomes `shape` (default [indices.length]). */
  | { readonly kind: 'gather'; readonly indices: readonly number[]; readonly shape?: readonly number[] }
  /** A boolean mask over the next `shape.length` dims: they become one dim of the true positions (row-major). */
  | { readonly kind: 'mask'; readonly shape: readonly number[]; readonly positions: readonly number[] };

export interface IndexAttrs {
  readonly parts: readonly IndexPart[];
}

/** An index part as a formula writes it: a tensor (or number) index, or a slice with optional bounds. */
export type RawIndexPart =
  | { readonly kind: 'index'; readonly value: Tensor | number }
  | { readonly kind: 'slice'; readonly start: number | null; readonly stop: number | null; readonly step: number | null };

const tooMany = (rank: number): CellError => errors.value('index', `too many indices for a tensor of dimension ${rank}`);
const outOfBounds = (i: number, dim: number, size: number): CellError =>
  errors.value('index', `index ${i} is out of bounds for dimension ${dim} with size ${size}`);

/**
 * Why element `k` of an index tensor cannot index. Our tensors are float64, and PyTorch's long ones are
 * float64 holding whole numbers (SPEC §10): so an index tensor is refused for what it holds, not its dtype.
 */
function notWhole(v: Tensor, k: number): CellError {
  if (v.rank === 0) return errors.value('index', `an index must be a whole number, got ${v.data[0]}`);
  const at: number[] = [];
  for (let d = v.rank - 1, rest = k; d >= 0; d--) {
    at.unshift(rest % v.shape[d]);
    rest = Math.floor(rest / v.shape[d]);
  }
  return errors.value(
    'index',
    `tensors used as indices must hold whole numbers or be boolean masks (PyTorch's long or bool tensors); element ${errors.fmtShape(at)} is ${v.data[k]}`,
  );
}

/** A slice bound as Python's slice.indices takes it (for step > 0): negative counts from the end, then clamped. */
function clampBound(i: number, size: number): number {
  const j = i < 0 ? i + size : i;
  return Math.min(Math.max(j, 0), size);
}

function normaliseSlice(raw: Extract<RawIndexPart, { kind: 'slice' }>, size: number): IndexPart | CellError {
  for (const v of [raw.start, raw.stop, raw.step]) {
    if (v !== null && !Number.isInteger(v)) return errors.value('index', `slice indices must be integers, got ${v}`);
  }
  const step = raw.step ?? 1;
  if (step <= 0) return errors.value('index', `slice step must be greater than zero, got ${step}`);
  const start = raw.start === null ? 0 : clampBound(raw.start, size);
  const stop = Math.max(start, raw.stop === null ? size : clampBound(raw.stop, size));
  return { kind: 'slice', start, stop, step };
}

/**
 * The attrs of the `index` op for `parts` applied to a tensor of `shape`, or why they do not fit:
 * out-of-range indices (PyTorch's wording), too many indices, non-integers, a step <= 0, a mask of
 * the wrong shape. A 0-D tensor selects, a 1-D (or n-D) integer tensor gathers, a bool tensor masks.
 */
export function normaliseIndex(shape: Shape, raw: readonly RawIndexPart[]): IndexAttrs | CellError {
  const rank = shape.length;
  const parts: IndexPart[] = [];
  let d = 0;
  let advanced = 0;
  for (const r of raw) {
    if (r.kind === 'slice') {
      if (d >= rank) return tooMany(rank);
      const p = normaliseSlice(r, shape[d]);
      if ('code' in p) return p;
      parts.push(p);
      d++;
      continue;
    }
    const v = typeof r.value === 'number' ? scalar(r.value) : r.value;
    if (v.dtype === 'bool') {
      if (v.rank === 0) return errors.value('index', 'a boolean scalar cannot be used as an index');
      if (d + v.rank > rank) return tooMany(rank);
      const indexed = shape.slice(d, d + v.rank);
      if (!sameShape(indexed, v.shape)) {
        return errors.shape(
          'index',
          `the mask of shape ${errors.fmtShape(v.shape)} does not match the indexed dims ${errors.fmtShape(indexed)} at dim ${d}`,
        );
      }
      const positions: number[] = [];
      for (let k = 0; k < v.size; k++) if (v.data[k] !== 0) positions.push(k);
      parts.push({ kind: 'mask', shape: v.shape, positions });
      d += v.rank;
      advanced++;
      continue;
    }
    if (d >= rank) return tooMany(rank);
    const size = shape[d];
    const indices = new Array<number>(v.size);
    for (let k = 0; k < v.size; k++) {
      const i = v.data[k];
      if (!Number.isInteger(i)) return notWhole(v, k);
      if (i < -size || i >= size) return outOfBounds(i, d, size);
      indices[k] = i < 0 ? i + size : i;
    }
    if (v.rank === 0) parts.push({ kind: 'select', index: indices[0] });
    else {
      parts.push(v.rank === 1 ? { kind: 'gather', indices } : { kind: 'gather', indices, shape: v.shape });
      advanced++;
    }
    d++;
  }
  if (advanced > 1) return errors.value('index', 'only one tensor index (a list or a mask) per indexing is supported');
  return { parts };
}

/** Input offsets of each position, scaled by a stride. */
function tableOf(positions: readonly number[], stride: number): Int32Array {
  const t = new Int32Array(positions.length);
  for (let k = 0; k < positions.length; k++) t[k] = positions[k] * stride;
  return t;
}

/**
 * Where each output element of `index` reads from in an input of `shape`, and the output shape; also
 * validates attrs built by hand (ops are called with attrs directly, e.g. by the gradient check).
 */
export function indexLayout(shape: Shape, parts: readonly IndexPart[]): { layout: OffsetLayout; outShape: number[] } | CellError {
  const rank = shape.length;
  const st = stridesOf(shape);
  const groups: OffsetGroup[] = [];
  let base = 0;
  let d = 0;
  for (const p of parts) {
    const span = p.kind === 'mask' ? p.shape.length : 1;
    if (d + span > rank) return tooMany(rank);
    const size = shape[d];
    if (p.kind === 'select') {
      if (!(p.index >= 0 && p.index < size)) return outOfBounds(p.index, d, size);
      base += p.index * st[d];
    } else if (p.kind === 'slice') {
      if (!(p.step >= 1 && p.start >= 0 && p.start <= p.stop && p.stop <= size)) {
        return errors.value('index', `slice ${p.start}:${p.stop}:${p.step} does not fit dimension ${d} with size ${size}`);
      }
      const n = Math.ceil((p.stop - p.start) / p.step);
      const table = new Int32Array(n);
      for (let k = 0; k < n; k++) table[k] = (p.start + k * p.step) * st[d];
      groups.push({ sizes: [n], table });
    } else if (p.kind === 'gather') {
      for (const i of p.indices) if (!(i >= 0 && i < size)) return outOfBounds(i, d, size);
      const sizes = p.shape ?? [p.indices.length];
      if (sizeOf(sizes) !== p.indices.length) return errors.value('index', 'the index shape does not match its number of indices');
      groups.push({ sizes, table: tableOf(p.indices, st[d]) });
    } else {
      const indexed = shape.slice(d, d + span);
      if (span === 0 || !sameShape(indexed, p.shape)) {
        return errors.shape(
          'index',
          `the mask of shape ${errors.fmtShape(p.shape)} does not match the indexed dims ${errors.fmtShape(indexed)} at dim ${d}`,
        );
      }
      const n = sizeOf(indexed);
      for (const k of p.positions) if (!(k >= 0 && k < n)) return errors.value('index', `mask position ${k} is out of range`);
      // Row-major and contiguous: a flat position within dims d..d+span-1 is that many strides of the last of them.
      groups.push({ sizes: [p.positions.length], table: tableOf(p.positions, st[d + span - 1]) });
    }
    d += span;
  }
  const rest = stridedLayout(shape.slice(d), st.slice(d));
  const layout = { base, groups: [...groups, ...rest.groups] };
  const outShape: number[] = [];
  for (const g of layout.groups) outShape.push(...g.sizes);
  return { layout, outShape };
}

/**
 * What PyTorch names the node of `x[parts]`: it applies basic parts dim by dim, skipping whole-dim
 * slices, then advanced ones; the last applied names the node. Nothing applied: an alias.
 */
export function indexGradFn(
  shape: Shape,
  parts: readonly IndexPart[],
): 'SelectBackward0' | 'SliceBackward0' | 'IndexBackward0' | 'AliasBackward0' {
  let name: 'SelectBackward0' | 'SliceBackward0' | 'AliasBackward0' = 'AliasBackward0';
  let d = 0;
  for (const p of parts) {
    if (p.kind === 'gather' || p.kind === 'mask') return 'IndexBackward0';
    if (p.kind === 'select') name = 'SelectBackward0';
    else if (!(p.start === 0 && p.stop === shape[d] && p.step === 1)) name = 'SliceBackward0';
    d++;
  }
  return name;
}

/** Attrs that take one part along `dim` and every earlier dim whole (for cat's and stack's backward). */
export function partAlong(shape: Shape, dim: number, part: IndexPart): IndexAttrs {
  const parts: IndexPart[] = [];
  for (let d = 0; d < dim; d++) parts.push({ kind: 'slice', start: 0, stop: shape[d], step: 1 });
  parts.push(part);
  return { parts };
}
