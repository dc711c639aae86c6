// Owns the actions on a workbook that build a new document (sheets, names, charts, a cell's slider), as
// pure functions: the store applies what they return as one step. Cell inputs go another way
// (book-change.ts), without copying their sheet.

import { isAllowedName } from '../../formula/address';
import { renameSheetInInput } from '../../formula/rename-sheet';
import { type CellEntry, type ChartFile, type WorkbookFile, cellInput } from '../../storage/format';
import { type Slider, splitLabel, uniqueSheetName, withSlider } from './document';

/** The workbook with a new empty sheet at the end, and its name. */
export function withNewSheet(doc: WorkbookFile): { doc: WorkbookFile; name: string } {
  const name = uniqueSheetName(doc);
  return { doc: { ...doc, sheets: [...doc.sheets, { name, cells: {} }] }, name };
}

/** Why a sheet cannot be renamed `name` (empty, with "!", or taken), or null when it can. */
export function sheetNameProblem(doc: WorkbookFile, from: string, name: string): string | null {
  if (name === '' || name.includes('!')) return 'a sheet name cannot be empty or contain "!"';
  if (name !== from && doc.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return `a sheet named "${name}" exists`;
  return null;
}

/** The workbook with sheet `from` renamed `to`: references to it in every formula, names and charts follow. */
export function withSheetRenamed(doc: WorkbookFile, from: string, to: string): WorkbookFile {
  const rewrite = (cells: Record<string, CellEntry>) => {
    // Copied once, at the first formula that names the sheet; a sheet none of whose formulas do stays as it is.
    let out: Record<string, CellEntry> | null = null;
    for (const [key, entry] of Object.entries(cells)) {
      const input = cellInput(entry);
      const next = renameSheetInInput(input, from, to);
      if (next === input) continue;
      out ??= { ...cells };
      out[key] = typeof entry === 'string' ? next : { ...entry, input: next };
    }
    return out ?? cells;
  };
  return {
    ...doc,
    sheets: doc.sheets.map((s) => ({ ...s, name: s.name === from ? to : s.name, cells: rewrite(s.cells) })),
    names: Object.fromEntries(Object.entries(doc.names).map(([n, t]) => [n, renameSheetInInput(`=${t}`, from, to).slice(1)])),
    charts: doc.charts.map((c) => (c.sheet === from ? { ...c, sheet: to } : c)),
  };
}

export const withoutSheet = (doc: WorkbookFile, name: string): WorkbookFile => ({
  ...doc,
  sheets: doc.sheets.filter((s) => s.name !== name),
  charts: doc.charts.filter((c) => c.sheet !== name),
});

export function withSheetMoved(doc: WorkbookFile, name: string, to: number): WorkbookFile {
  const sheets = doc.sheets.filter((s) => s.name !== name);
  const moved = doc.sheets.find((s) => s.name === name);
  if (!moved) return doc;
  sheets.splice(Math.max(0, Math.min(to, sheets.length)), 0, moved);
  return { ...doc, sheets };
}

/** Why `name` cannot name a cell or range, or null when it can. */
export function nameProblem(name: string): string | null {
  if (isAllowedName(name)) return null;
  return `"${name}" cannot be a name: use letters, digits and _, and do not make it look like a cell`;
}

/** The workbook with `name` pointing at `target` (`Sheet1!A1:B2`), or removed with null (names match ignoring case). */
export function withName(doc: WorkbookFile, name: string, target: string | null): WorkbookFile {
  // Built from entries, so a name such as `__proto__` is an own key like any other, never the prototype.
  const kept = Object.entries(doc.names).filter(([k]) => k.toLowerCase() !== name.toLowerCase());
  return { ...doc, names: Object.fromEntries(target === null ? kept : [...kept, [name, target]]) };
}

export function withChartMoved(doc: WorkbookFile, index: number, to: number): WorkbookFile {
  const charts = [...doc.charts];
  const [c] = charts.splice(index, 1);
  charts.splice(Math.max(0, Math.min(to, charts.length)), 0, c);
  return { ...doc, charts };
}

export const withChart = (doc: WorkbookFile, index: number, chart: ChartFile | null): WorkbookFile => ({
  ...doc,
  charts:
    chart === null
      ? doc.charts.filter((_, i) => i !== index)
      : index === doc.charts.length
        ? [...doc.charts, chart]
        : doc.charts.map((c, i) => (i === index ? chart : c)),
});

/** The workbook with a slider on a cell (labels `Sheet1!A1`), or without one with null. */
export function withCellSlider(doc: WorkbookFile, label: string, slider: Slider | null): WorkbookFile {
  const { sheet, cell } = splitLabel(label);
  return { ...doc, sheets: doc.sheets.map((s) => (s.name === sheet ? { ...s, cells: withSlider(s.cells, cell, slider) } : s)) };
}

/** The document with whole cell entries (input, note and the rest) written at labels (`Sheet1!A1`). */
export function withCellEntries(doc: WorkbookFile, entries: readonly (readonly [string, CellEntry])[]): WorkbookFile {
  const bySheet = new Map<string, [string, CellEntry][]>();
  for (const [label, entry] of entries) {
    const { sheet, cell } = splitLabel(label);
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), [cell, entry]]);
  }
  const sheets = doc.sheets.map((s) => {
    const mine = bySheet.get(s.name);
    return mine ? { ...s, cells: { ...s.cells, ...Object.fromEntries(mine) } } : s;
  });
  return { ...doc, sheets };
}
