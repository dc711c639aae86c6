// Owns reading and changing cells' display options in the document (their `format`): the number
// format and the spill flag. Pure functions; the store applies them. Inputs never change here, so
// the engine has nothing to recompute.

import { type CellEntry, type WorkbookFile, cellInput } from '../../storage/format';
import { NUMBER_FORMAT_KEYS, type NumberFormat, numberFormatOf, spillOf } from '../../storage/cell-format';
import { entryAt } from './document';

type Format = Record<string, string | number | boolean>;

const formatOfEntry = (e: CellEntry | undefined): Format | undefined => (e !== undefined && typeof e !== 'string' ? e.format : undefined);

/** The number format of a cell, or null for General. */
export const numberFormatAt = (doc: WorkbookFile, label: string): NumberFormat | null => numberFormatOf(formatOfEntry(entryAt(doc, label)));

/** Whether a cell asks to spill. */
export const spillAt = (doc: WorkbookFile, label: string): boolean => spillOf(formatOfEntry(entryAt(doc, label)));

/**
 * The cells with one cell's format changed by `change` (which gets a copy to edit). A cell left with
 * no format and nothing else becomes its bare input again (or goes, when that is empty).
 */
export function withFormat(cells: Record<string, CellEntry>, cell: string, change: (format: Format) => void): Record<string, CellEntry> {
  const prev = cells[cell];
  const input = prev === undefined ? '' : cellInput(prev);
  const format: Format = { ...formatOfEntry(prev) };
  change(format);
  const rest: Record<string, unknown> = prev !== undefined && typeof prev !== 'string' ? { ...prev } : {};
  delete rest.format;
  delete rest.input;
  const entry = Object.keys(format).length > 0 ? { ...rest, input, format } : Object.keys(rest).length > 0 ? { ...rest, input } : input;
  const next = { ...cells };
  if (entry === '') delete next[cell];
  else next[cell] = entry as CellEntry;
  return next;
}

/** Sets a cell's number format in place of the one it had (null: back to General). */
export const setNumberFormat =
  (fmt: NumberFormat | null) =>
  (format: Format): void => {
    for (const k of NUMBER_FORMAT_KEYS) delete format[k];
    if (fmt && fmt.number !== 'general') Object.assign(format, fmt);
  };

export const setSpill =
  (on: boolean) =>
  (format: Format): void => {
    if (on) format.spill = true;
    else delete format.spill;
  };

/** The document with `change` applied to each labelled cell's format; the same document when nothing changed. */
export function withFormats(doc: WorkbookFile, labels: readonly string[], change: (format: Format) => void): WorkbookFile {
  const bySheet = new Map<string, string[]>();
  for (const label of labels) {
    const i = label.lastIndexOf('!');
    bySheet.set(label.slice(0, i), [...(bySheet.get(label.slice(0, i)) ?? []), label.slice(i + 1)]);
  }
  let changed = false;
  const sheets = doc.sheets.map((s) => {
    const keys = bySheet.get(s.name);
    if (!keys) return s;
    // One copy of the sheet's cells for the whole selection: a cell at a time would copy them once per cell.
    const cells = { ...s.cells };
    let touched = false;
    for (const key of keys) {
      const one = withFormat({ [key]: cells[key] }, key, change);
      if (JSON.stringify(one[key]) === JSON.stringify(cells[key])) continue;
      touched = true;
      if (one[key] === undefined) delete cells[key];
      else cells[key] = one[key];
    }
    changed ||= touched;
    return touched ? { ...s, cells } : s;
  });
  return changed ? { ...doc, sheets } : doc;
}
