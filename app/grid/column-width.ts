// Owns column widths as a user changes them: dragging a header border (bounded), setting a width on a
// sheet of the document, and the width that fits a column's shown content (double-click).

import type { SheetFile } from '../../storage/format';
import { MAX_COL_WIDTH, MIN_COL_WIDTH } from './geometry';

export const clampWidth = (px: number): number => Math.round(Math.max(MIN_COL_WIDTH, Math.min(MAX_COL_WIDTH, px)));

/** The sheet with a column's width set, or back to the default with null (an empty map is removed). */
export function withColumnWidth(sheet: SheetFile, column: string, width: number | null): SheetFile {
  const widths = { ...sheet.colWidths };
  if (width === null) delete widths[column];
  else widths[column] = clampWidth(width);
  const { colWidths: _old, ...rest } = sheet;
  return Object.keys(widths).length ? { ...rest, colWidths: widths } : rest;
}

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
