// Owns the width that fits a column's shown content (double-clicking its header border).

import { clampWidth } from '../state/column-widths';

/** A cell's horizontal padding and right border (styles.css `.grid-cell`), plus a pixel so text never touches it. */
const CELL_CHROME = 6 + 6 + 1 + 1;

/**
 * The width that shows the widest content whole, given each filled cell's content width in pixels; null when
 * the column shows nothing, meaning the default width.
 */
export function autofitWidth(contentWidths: number[]): number | null {
  if (contentWidths.length === 0) return null;
  return clampWidth(Math.ceil(Math.max(...contentWidths)) + CELL_CHROME);
}
