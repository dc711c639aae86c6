// Owns what the workbook list shows about a workbook without opening it: a few inputs as a preview and counts.

import { sortedCells } from './file';
import { type WorkbookFile, cellInput } from './format';

export const PREVIEW_ITEMS = 4;
export const PREVIEW_LENGTH = 40;

export interface BookSummary {
  /** The first few non-empty inputs of the first sheet in reading order, each on one line and at most 40 characters (plain text: render it as text). */
  preview: string[];
  /** Cells with an input, over all sheets. */
  cellCount: number;
  sheetCount: number;
}

export function summariseWorkbook(book: WorkbookFile): BookSummary {
  const preview: string[] = [];
  for (const [, entry] of sortedCells(book.sheets[0]?.cells ?? {})) {
    const text = cellInput(entry).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const chars = Array.from(text);
    preview.push(chars.length > PREVIEW_LENGTH ? `${chars.slice(0, PREVIEW_LENGTH - 1).join('')}…` : text);
    if (preview.length === PREVIEW_ITEMS) break;
  }
  const cellCount = book.sheets.reduce((n, s) => n + Object.values(s.cells).filter((e) => cellInput(e) !== '').length, 0);
  return { preview, cellCount, sheetCount: book.sheets.length };
}
