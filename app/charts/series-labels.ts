// Owns what a chart calls each of its cells (legend, axis, default title): the cell's workbook name, else
// the text just above it, else the text to its left, else the reference as written. Pure functions.

import { cellName, parseRef } from '../../formula/address';
import { resolveRef } from './chart-data';

/** What labelling needs to know about the workbook. */
export interface LabelLookup {
  /** The workbook's names and what each points at (`Sheet1!B2`, `'My sheet'!B2:B4`). */
  names: Record<string, string>;
  /** The text a cell shows when it holds text (not a number or a formula's value), or null. */
  text(label: string): string | null;
  /** The sheet's name as the workbook spells it (sheet names match case-insensitively), or null. */
  sheetName(name: string): string | null;
}

/** Header text longer than this is cut with an ellipsis: a legend entry is a name, not a paragraph. */
export const LABEL_LENGTH = 40;

const clip = (text: string): string => {
  const one = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(one);
  return chars.length > LABEL_LENGTH
    ? `${chars
        .slice(0, LABEL_LENGTH - 1)
        .join('')
        .trimEnd()}…`
    : one;
};

/** A resolved label with its sheet spelled as the workbook spells it, or null when the sheet does not exist. */
function canonical(label: string, lookup: LabelLookup): string | null {
  const bang = label.lastIndexOf('!');
  const sheet = lookup.sheetName(label.slice(0, bang));
  return sheet === null ? null : `${sheet}${label.slice(bang)}`;
}

/** The workbook name pointing at exactly this cell (the first alphabetically when there are several). */
function nameOf(label: string, lookup: LabelLookup): string | null {
  const hits = Object.entries(lookup.names)
    .filter(([, target]) => {
      const parsed = parseRef(target);
      if (parsed?.kind !== 'cell' || parsed.at.sheet === null) return false;
      const at = canonical(`${parsed.at.sheet}!${cellName(parsed.at.col, parsed.at.row)}`, lookup);
      return at !== null && at.toLowerCase() === label.toLowerCase();
    })
    .map(([name]) => name)
    .sort();
  return hits[0] ?? null;
}

/** The text of the cell `dcol`, `drow` away from `label`, when there is such a cell and it holds text. */
function textBeside(label: string, dcol: number, drow: number, lookup: LabelLookup): string | null {
  const bang = label.lastIndexOf('!');
  const parsed = parseRef(label.slice(bang + 1));
  if (parsed?.kind !== 'cell') return null;
  const col = parsed.at.col + dcol;
  const row = parsed.at.row + drow;
  if (col < 0 || row < 0) return null;
  const text = lookup.text(`${label.slice(0, bang)}!${cellName(col, row)}`);
  return text !== null && text.trim() !== '' ? clip(text) : null;
}

/** What to call the chart reference `ref` (relative to the chart's `sheet`) in the legend and on the axis. */
export function seriesLabel(sheet: string, ref: string, lookup: LabelLookup): string {
  const written = ref.trim();
  const resolved = resolveRef(sheet, written);
  const label = resolved === null ? null : canonical(resolved, lookup);
  if (label === null) return written;
  return nameOf(label, lookup) ?? textBeside(label, 0, -1, lookup) ?? textBeside(label, -1, 0, lookup) ?? written;
}

/** The labels of a chart's cells: `x` (null when x is the element index) and one per y cell. */
export function chartLabels(chart: { sheet: string; x: string; y: string[] }, lookup: LabelLookup): { x: string | null; y: string[] } {
  return {
    x: chart.x.trim() === '' ? null : seriesLabel(chart.sheet, chart.x, lookup),
    y: chart.y.map((ref) => seriesLabel(chart.sheet, ref, lookup)),
  };
}
