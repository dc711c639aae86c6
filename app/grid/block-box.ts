// Owns where a block of cells sits in the grid's content, in pixels, for what is drawn over the cells
// (the fill handle and its outline, the outline of copied cells).

import type { Rect } from '../../formula/ref-shift';
import { COL_WIDTH, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from './geometry';

// A type rather than an interface, so that it is assignable to a style object.
export type Box = { left: string; top: string; width: string; height: string };

export function blockBox(r: Rect): Box {
  return {
    left: `${ROW_HEADER_WIDTH + r.left * COL_WIDTH}px`,
    top: `${HEADER_HEIGHT + r.top * ROW_HEIGHT}px`,
    width: `${(r.right - r.left + 1) * COL_WIDTH}px`,
    height: `${(r.bottom - r.top + 1) * ROW_HEIGHT}px`,
  };
}
