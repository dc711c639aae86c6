// Owns the strided gather/scatter loops shared by permute and indexing: an output is a grid of
// "groups" (runs of output dims), each with a table of input offsets; an element's input offset is
// base + the sum of its groups' table entries. A permute is one group per dim; a gather or mask is
// one group whose table lists the picked positions.

import type { Shape } from '../shape';

export interface OffsetGroup {
  /** The output dims this group spans (a gather by a 2-D index spans two). */
  readonly sizes: readonly number[];
  /** Input offset of each of the group's sizeOf(sizes) positions, row-major. */
  readonly table: Int32Array;
}

export interface OffsetLayout {
  readonly base: number;
  readonly groups: readonly OffsetGroup[];
}

/** One group per dim of `shape` reading the input with `strides`: a strided view (permute). */
export function stridedLayout(shape: Shape, strides: readonly number[], base = 0): OffsetLayout {
  const groups = shape.map((n, d) => {
    const table = new Int32Array(n);
    for (let i = 0; i < n; i++) table[i] = i * strides[d];
    return { sizes: [n], table };
  });
  return { base, groups };
}

/**
 * Calls `each(offset, k)` for every position of the groups before the last (an odometer, offsets
 * updated by differences), with k the output index where that run starts, so the caller's inner loop
 * over the last group is a plain loop. The layout has at least one group.
 */
function walkOuter(layout: OffsetLayout, each: (offset: number, k: number) => void): void {
  const { groups, base } = layout;
  const outer = groups.length - 1;
  const lastSize = groups[outer].table.length;
  let count = 1;
  for (let g = 0; g < outer; g++) count *= groups[g].table.length;
  for (let g = 0; g <= outer; g++) if (groups[g].table.length === 0) return;
  const idx = new Int32Array(outer);
  let off = base;
  for (let g = 0; g < outer; g++) off += groups[g].table[0];
  for (let c = 0; c < count; c++) {
    each(off, c * lastSize);
    for (let g = outer - 1; g >= 0; g--) {
      const table = groups[g].table;
      const i = idx[g] + 1;
      if (i < table.length) {
        off += table[i] - table[i - 1];
        idx[g] = i;
        break;
      }
      off += table[0] - table[i - 1];
      idx[g] = 0;
    }
  }
}

/** out[k] = src[offset of k]: reads the layout into a new contiguous buffer of `n` elements. */
export function gatherLayout(src: Float64Array, layout: OffsetLayout, n: number): Float64Array {
  const out = new Float64Array(n);
  const { groups } = layout;
  if (groups.length === 0) {
    if (n > 0) out[0] = src[layout.base];
    return out;
  }
  const last = groups[groups.length - 1].table;
  walkOuter(layout, (off, k) => {
    for (let j = 0; j < last.length; j++) out[k + j] = src[off + last[j]];
  });
  return out;
}

/** The adjoint of gatherLayout: adds g[k] into a zero buffer of `size` at k's offset (repeats accumulate). */
export function scatterLayout(g: Float64Array, layout: OffsetLayout, size: number): Float64Array {
  const out = new Float64Array(size);
  const { groups } = layout;
  if (groups.length === 0) {
    if (g.length > 0) out[layout.base] += g[0];
    return out;
  }
  const last = groups[groups.length - 1].table;
  walkOuter(layout, (off, k) => {
    for (let j = 0; j < last.length; j++) out[off + last[j]] += g[k + j];
  });
  return out;
}
