// Owns the arithmetic of the inspector's element table: how a tensor of any rank is laid out as rows
// and columns, the index each row shows, and which rows and columns a scrolled viewport shows.
// Virtualized: a 2^24-element tensor costs only the rows in view, and only they are fetched.

/** A table of elements: `list` rows of (index, value), or a `matrix` of a 2-D tensor's rows and columns. */
export interface TableLayout {
  mode: 'list' | 'matrix';
  rows: number;
  cols: number;
}

export function tableLayout(shape: readonly number[]): TableLayout {
  if (shape.length === 2) return { mode: 'matrix', rows: shape[0], cols: shape[1] };
  return { mode: 'list', rows: shape.reduce((a, b) => a * b, 1), cols: 1 };
}

/** The index a list row shows: `9999` for a 1-D tensor, the multi-index `(1, 0, 2)` for a higher rank. */
export function indexLabel(flat: number, shape: readonly number[]): string {
  if (shape.length <= 1) return String(flat);
  const out: number[] = [];
  let rest = flat;
  for (let d = shape.length - 1; d >= 0; d--) {
    out.push(rest % shape[d]);
    rest = Math.floor(rest / shape[d]);
  }
  return `(${out.reverse().join(', ')})`;
}

/** The most pixels a scrolled axis spans: browsers cap an element's size near 33 million pixels. */
export const MAX_SCROLL_PX = 8_000_000;
const OVERSCAN = 6;

/** The items of one axis a viewport shows, and where to draw them. */
export interface AxisWindow {
  first: number;
  last: number;
  /** How big the scrolled content is made (at most MAX_SCROLL_PX). */
  extent: number;
  /** Item `i` is drawn at `base + i * cell` in the scrolled content. */
  base: number;
}

/**
 * The window of an axis of `count` items of `cell` pixels, scrolled to `scroll` in a viewport of
 * `view` pixels. Past MAX_SCROLL_PX the scroll position maps proportionally onto the items, so the
 * end of the scrollbar is the last item however many there are.
 */
export function axisWindow(scroll: number, view: number, count: number, cell: number, maxPx = MAX_SCROLL_PX): AxisWindow {
  const total = count * cell;
  const extent = Math.min(total, maxPx);
  const room = Math.max(0, extent - view);
  const scrolled = Math.min(Math.max(scroll, 0), room);
  // Where the viewport's top edge falls in the whole (unscaled) content.
  const at = extent === total ? scrolled : (scrolled / room) * Math.max(0, total - view);
  const first = Math.max(0, Math.floor(at / cell) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((at + view) / cell) + OVERSCAN);
  return { first, last, extent, base: scrolled - at };
}
