// Owns column widths in the document: setting a column's width on a sheet, bounded as the file bounds it,
// and moving widths with their columns.

import { MAX_COLS, columnName, parseRef } from '../../formula/address';
import type { Structural } from '../../formula/ref-shift';
import { COLUMN_WIDTH, type SheetFile } from '../../storage/format';

export const clampWidth = (px: number): number => Math.round(Math.max(COLUMN_WIDTH.min, Math.min(COLUMN_WIDTH.max, px)));

/** The sheet with a column's width set, or back to the default with null (an empty map is removed). */
export function withColumnWidth(sheet: SheetFile, column: string, width: number | null): SheetFile {
  const widths = { ...sheet.colWidths };
  if (width === null) delete widths[column];
  else widths[column] = clampWidth(width);
  const { colWidths: _old, ...rest } = sheet;
  return Object.keys(widths).length ? { ...rest, colWidths: widths } : rest;
}

/**
 * Widths follow their columns when columns are inserted or deleted on their sheet: a deleted column's width
 * goes with it and inserted columns start at the default width.
 */
export function shiftColumnWidths(widths: Record<string, number> | undefined, change: Structural): Record<string, number> | undefined {
  if (!widths || change.axis !== 'col') return widths;
  const out: Record<string, number> = {};
  for (const [letter, width] of Object.entries(widths)) {
    const p = parseRef(`${letter}1`);
    if (p?.kind !== 'cell') continue;
    const col = p.at.col;
    const end = change.at + change.count;
    const to =
      change.kind === 'insert'
        ? col >= change.at
          ? col + change.count
          : col
        : col >= end
          ? col - change.count
          : col >= change.at
            ? null
            : col;
    if (to !== null && to < MAX_COLS) out[columnName(to)] = width;
  }
  return Object.keys(out).length ? out : undefined;
}
