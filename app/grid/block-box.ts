// Owns where a block of cells sits in the grid's content, in pixels, for what is drawn over the cells
// (the fill handle and its outline, the outline of copied cells).

import type { Rect } from '../../formula/ref-shift';
import { COL_WIDTH, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from './geometry';

// A type rather than an interface, so that it is assignable to a style object.
export type Box = { left: string; top: string; width: string; height: string };

/** `colOffset` is where a column's left edge sits from the first column's (columns may have their own widths). */
export function blockBox(r: Rect, colOffset: (col: number) => number = (c) => c * COL_WIDTH): Box {
  return {
    left: `${ROW_HEADER_WIDTH + colOffset(r.left)}px`,
    top: `${HEADER_HEIGHT + r.top * ROW_HEIGHT}px`,
    width: `${colOffset(r.right + 1) - colOffset(r.left)}px`,
    height: `${(r.bottom - r.top + 1) * ROW_HEIGHT}px`,
  };
}
