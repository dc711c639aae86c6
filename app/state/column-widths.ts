// Owns column widths in the document: setting a column's width on a sheet, bounded as the file bounds it.

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
