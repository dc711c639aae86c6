// Owns the workbook document on the app's side: cell inputs (with their sliders), sheets, names and
// charts, as the file format holds them. Pure functions; the store applies them.

import { type CellEntry, type ChartFile, type WorkbookFile, cellInput } from '../../storage/format';
import { cellName } from '../../formula/address';

export interface Address {
  col: number;
  row: number;
}

export interface Slider {
  min: number;
  max: number;
  step: number;
}

/** `Sheet1!A1`, the label the engine uses for a cell (sheet names unquoted). */
export const labelOf = (sheet: string, a: Address): string => `${sheet}!${cellName(a.col, a.row)}`;

export function splitLabel(label: string): { sheet: string; cell: string } {
  const i = label.lastIndexOf('!');
  return { sheet: label.slice(0, i), cell: label.slice(i + 1) };
}

export function emptyWorkbook(): WorkbookFile {
  return { format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells: {} }], names: {}, charts: [] };
}

const sheetOf = (doc: WorkbookFile, name: string) => doc.sheets.find((s) => s.name === name);

export function entryAt(doc: WorkbookFile, label: string): CellEntry | undefined {
  const { sheet, cell } = splitLabel(label);
  return sheetOf(doc, sheet)?.cells[cell];
}

export function inputAt(doc: WorkbookFile, label: string): string {
  const e = entryAt(doc, label);
  return e === undefined ? '' : cellInput(e);
}

export function sliderAt(doc: WorkbookFile, label: string): Slider | null {
  const e = entryAt(doc, label);
  if (e === undefined || typeof e === 'string') return null;
  const s = (e as { slider?: unknown }).slider as Slider | undefined;
  return s && Number.isFinite(s.min) && Number.isFinite(s.max) && s.step > 0 ? s : null;
}

/** The cells object with a slider set on a cell, or removed with null. */
export function withSlider(cells: Record<string, CellEntry>, cell: string, slider: Slider | null): Record<string, CellEntry> {
  const next = { ...cells };
  const prev = cells[cell];
  const input = prev === undefined ? '' : cellInput(prev);
  const rest = prev !== undefined && typeof prev !== 'string' ? { ...prev } : {};
  delete (rest as { slider?: unknown }).slider;
  const entry = slider ? { ...rest, input, slider } : Object.keys(rest).length > 1 ? { ...rest, input } : input;
  if (entry === '') delete next[cell];
  else next[cell] = entry as CellEntry;
  return next;
}

export function uniqueSheetName(doc: WorkbookFile, base = 'Sheet'): string {
  const taken = new Set(doc.sheets.map((s) => s.name.toLowerCase()));
  for (let i = doc.sheets.length + 1; ; i++) if (!taken.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}

export type { ChartFile, WorkbookFile };
