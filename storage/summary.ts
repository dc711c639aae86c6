// Owns what the workbook list shows about a workbook without opening it: a few inputs as a preview and counts.

import { keyPosition } from './cell-key';
import { type CellEntry, type WorkbookFile, cellInput } from './format';

const PREVIEW_ITEMS = 4;
const PREVIEW_LENGTH = 40;

export interface BookSummary {
  /** The first few non-empty inputs of the first sheet in reading order, each on one line and at most 40 characters (plain text: render it as text). */
  preview: string[];
  /** Cells with an input, over all sheets. */
  cellCount: number;
  sheetCount: number;
}

export function summariseWorkbook(book: WorkbookFile): BookSummary {
  const preview = firstInputs(book.sheets[0]?.cells ?? {}, PREVIEW_ITEMS).map((input) => {
    const chars = Array.from(input.replace(/\s+/g, ' ').trim());
    return chars.length > PREVIEW_LENGTH ? `${chars.slice(0, PREVIEW_LENGTH - 1).join('')}…` : chars.join('');
  });
  let cellCount = 0;
  for (const s of book.sheets) for (const key in s.cells) if (cellInput(s.cells[key]) !== '') cellCount++;
  return { preview, cellCount, sheetCount: book.sheets.length };
}

/**
 * The first `n` inputs with visible text, in reading order, in one pass that keeps only `n` of them:
 * every save summarises the workbook, and sorting a million cells each time blocked the page (issue 10).
 */
function firstInputs(cells: Record<string, CellEntry>, n: number): string[] {
  const best: { row: number; col: number; key: string; input: string }[] = [];
  for (const key in cells) {
    const input = cellInput(cells[key]);
    if (input.trim() === '') continue;
    const at = { ...position(key), key, input };
    const before = (a: typeof at, b: typeof at) => a.row - b.row || a.col - b.col || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    if (best.length === n && before(at, best[n - 1]) >= 0) continue;
    let i = best.length;
    while (i > 0 && before(at, best[i - 1]) < 0) i--;
    best.splice(i, 0, at);
    if (best.length > n) best.pop();
  }
  return best.map((b) => b.input);
}

/** A cell key's column and row (`B3` → 1, 2, as storage/cell-key.ts reads it); a key that is no address sorts first, as sortedCells has it. */
function position(key: string): { col: number; row: number } {
  return keyPosition(key) ?? { col: -1, row: -1 };
}
