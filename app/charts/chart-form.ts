// Owns the add/edit chart form's logic: reading the typed references, the selection as x and y cells,
// and the chart it makes. Pure functions; ChartForm.tsx shows them.

import { cellName, parseRef, qualifiedName } from '../../formula/address';
import type { ChartFile } from '../state/document';

export interface FormFields {
  x: string;
  y: string;
  title: string;
}

/** A reference as the chart stores it: `B2` on the chart's sheet, `Sheet2!B2` elsewhere; null when not a cell. */
export function normalizeRef(sheet: string, ref: string): string | null {
  const parsed = ref.trim() === '' ? null : parseRef(ref);
  if (!parsed || parsed.kind !== 'cell') return null;
  const { sheet: at, col, row } = parsed.at;
  return at === null || at === sheet ? cellName(col, row) : qualifiedName(at, col, row);
}

/** Splits `A2, A3 B4` into references; commas, semicolons and spaces separate them (quoted sheet names may hold spaces). */
export function splitRefs(text: string): string[] {
  return (text.match(/(?:'(?:[^']|'')*'|[^\s,;'])+/g) ?? []).filter((s) => s !== '');
}

/** The chart the form describes, or what is wrong with the fields. */
export function chartFromFields(sheet: string, f: FormFields): { chart: ChartFile } | { error: string } {
  let x = '';
  if (f.x.trim() !== '') {
    const n = normalizeRef(sheet, f.x);
    if (n === null) return { error: `x: “${f.x.trim()}” is not a cell reference like A1 (leave it empty to plot against the index)` };
    x = n;
  }
  const yRefs = splitRefs(f.y);
  if (yRefs.length === 0) return { error: 'y: name at least one cell, like A2 or A2, A3' };
  const y: string[] = [];
  for (const r of yRefs) {
    const n = normalizeRef(sheet, r);
    if (n === null) return { error: `y: “${r}” is not a cell reference like A2` };
    y.push(n);
  }
  if (y.length > 64) return { error: 'y: a chart draws at most 64 cells' };
  const title = f.title.trim() || defaultTitle(x, y);
  return { chart: { sheet, x, y, title } };
}

export const defaultTitle = (x: string, y: string[]): string => `${y.join(', ')}${x ? ` vs ${x}` : ''}`;

export function fieldsOf(chart: ChartFile): FormFields {
  return { x: chart.x, y: chart.y.join(', '), title: chart.title ?? '' };
}

/**
 * The selected cells as chart fields, in reading order: the first cell is x and the others are y.
 * A single cell becomes the only y, plotted against the index.
 */
export function fieldsFromSelection(
  rect: { top: number; left: number; bottom: number; right: number },
  /** The selection's sheet, when it is not the chart's: references then name it. */
  otherSheet: string | null = null,
): Pick<FormFields, 'x' | 'y'> {
  const refs: string[] = [];
  for (let row = rect.top; row <= rect.bottom && refs.length <= 65; row++) {
    for (let col = rect.left; col <= rect.right && refs.length <= 65; col++) {
      refs.push(otherSheet === null ? cellName(col, row) : qualifiedName(otherSheet, col, row));
    }
  }
  if (refs.length === 1) return { x: '', y: refs[0] };
  return { x: refs[0], y: refs.slice(1).join(', ') };
}
