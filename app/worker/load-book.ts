// Owns opening a workbook in the engine so that it always opens: cell keys outside the grid are left
// out (and named), a cell whose computation throws is stopped and the rest computed again, and a
// held workbook (or one that still fails) opens with no formula evaluated, each showing its input.

import { type ProgressListener, Workbook } from '../../formula/book';
import { inGrid, parseRef } from '../../formula/address';
import { type WorkbookFile, cellInput } from '../../storage/format';

export interface OpenedBook {
  book: Workbook;
  /** Formula cells not evaluated: they show their input. */
  held: Set<string>;
  /** Cells whose computation threw, with why: they show that error. */
  failed: Map<string, string>;
  /** What the user should be told (left-out keys, a workbook that could not be computed). */
  warnings: string[];
}

/** Cells whose computation throws, one after another, before the workbook is opened held instead. */
const MAX_RETRIES = 20;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Labels (`Sheet1!A1`) of the file's formula cells. */
export function formulaLabels(file: WorkbookFile): string[] {
  const out: string[] = [];
  for (const s of file.sheets)
    for (const [key, entry] of Object.entries(s.cells)) if (cellInput(entry).startsWith('=')) out.push(`${s.name}!${key}`);
  return out;
}

/** The file without cell keys that are not a cell of the grid (`ZZZ9999999`, `A0`), and those keys. */
export function withoutOutsideKeys(file: WorkbookFile): { file: WorkbookFile; outside: string[] } {
  const outside: string[] = [];
  const sheets = file.sheets.map((s) => {
    const bad = Object.keys(s.cells).filter((key) => {
      const at = parseRef(key);
      return at === null || (at.kind === 'cell' && !inGrid(at.at));
    });
    if (bad.length === 0) return s;
    outside.push(...bad.map((key) => `${s.name}!${key}`));
    const cells = { ...s.cells };
    for (const key of bad) delete cells[key];
    return { ...s, cells };
  });
  return { file: outside.length ? { ...file, sheets } : file, outside };
}

/**
 * Opens `file` in a new Workbook. `running()` names the cell the listener last heard announced: when
 * the recalculation throws, that cell is the one that threw.
 */
export function openWorkbook(
  file: WorkbookFile,
  cancelled: readonly string[],
  hold: boolean,
  listener: ProgressListener,
  running: () => string | null,
): OpenedBook {
  const opened: OpenedBook = { book: new Workbook(file.seed), held: new Set(), failed: new Map(), warnings: [] };
  const holdAll = (f: WorkbookFile): Workbook => {
    for (const label of formulaLabels(f)) opened.held.add(label);
    return Workbook.fromFile(f, [...opened.held]);
  };
  if (hold) {
    const cleaned = withoutOutsideKeys(file);
    if (cleaned.outside.length > 0) opened.warnings.push(outsideWarning(cleaned.outside));
    opened.book = holdAll(cleaned.file);
    return opened;
  }
  let current = file;
  let stopped = [...cancelled];
  for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
    try {
      opened.book = Workbook.fromFile(current, stopped, listener);
      return opened;
    } catch (err) {
      const cell = running();
      if (attempt === 0 && current === file) {
        const cleaned = withoutOutsideKeys(file);
        if (cleaned.outside.length > 0) {
          current = cleaned.file;
          opened.warnings.push(outsideWarning(cleaned.outside));
          continue;
        }
      }
      if (cell === null || stopped.includes(cell)) {
        opened.warnings.push(
          `The engine could not compute this workbook (${message(err)}): its formulas are shown, not computed. Edit a cell to compute it.`,
        );
        opened.failed.clear();
        opened.book = holdAll(current);
        return opened;
      }
      opened.failed.set(cell, message(err));
      stopped = [...stopped, cell];
    }
  }
  opened.warnings.push(`The engine failed on ${opened.failed.size} cells of this workbook: its formulas are shown, not computed.`);
  opened.failed.clear();
  opened.book = holdAll(current);
  return opened;
}

function outsideWarning(keys: string[]): string {
  const shown = keys.length > 5 ? `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more` : keys.join(', ');
  return `${shown} ${keys.length === 1 ? 'is' : 'are'} outside the grid (columns A to XFD, rows 1 to 1,048,576): left out of this workbook.`;
}
