// Owns turning a chart of the workbook (SPEC §7) into uPlot's columns: resolving its cell references,
// checking that every cell holds a 1-D float tensor of x's length, and saying in words what is wrong;
// on a log scale, y values that have no place on it become gaps.

import { cellName, parseRef } from '../../formula/address';
import type { ChartFile } from '../state/document';
import type { CellView } from '../worker/cell-view';
import { SERIES_LIMIT, formatNumber } from '../worker/view-limits';
import { forLogScale } from './log-scale';

/** What the chart logic needs to know about a cell. */
export interface CellLookup {
  view(label: string): CellView | undefined;
  input(label: string): string;
  /** The sheet's name as the workbook spells it (sheet names match case-insensitively), or null. */
  sheetName(name: string): string | null;
}

/** A column of numbers as uPlot takes it: a typed array, or an array with gaps (null) where values are not finite. */
export type Column = Float64Array | (number | null)[];

export type ChartData =
  | {
      ok: true;
      /** `[xs, ys1, ys2…]`, x ascending. */
      columns: Column[];
      /** The x reference as written, or null when x is the element index. */
      x: string | null;
      y: string[];
      /** Things worth knowing that do not stop the drawing (gaps, reordering). */
      notes: string[];
    }
  /** `pending`: the only problems are cells the engine has not sent yet. */
  | { ok: false; pending: boolean; problems: string[] };

/** The label (`Sheet1!B2`) of a chart reference (`B2`, `$B$2`, `Sheet2!B2`), relative to the chart's sheet; null if not a cell. */
export function resolveRef(sheet: string, ref: string): string | null {
  const parsed = ref.trim() === '' ? null : parseRef(ref);
  if (!parsed || parsed.kind !== 'cell') return null;
  return `${parsed.at.sheet ?? sheet}!${cellName(parsed.at.col, parsed.at.row)}`;
}

type Checked = { ok: true; series: Float64Array } | { ok: false; pending: boolean; problem: string };

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Whether one referenced cell can be drawn, and why not. */
function checkCell(sheet: string, ref: string, cells: CellLookup): Checked {
  const name = ref.trim() || '(blank)';
  const resolved = resolveRef(sheet, ref);
  if (resolved === null) return { ok: false, pending: false, problem: `“${name}” is not a cell reference like B2` };
  const bang = resolved.lastIndexOf('!');
  const at = cells.sheetName(resolved.slice(0, bang));
  if (at === null) return { ok: false, pending: false, problem: `${name}: there is no sheet “${resolved.slice(0, bang)}”` };
  const label = `${at}${resolved.slice(bang)}`;
  const view = cells.view(label);
  const input = cells.input(label);
  if (!view) {
    return input === ''
      ? { ok: false, pending: false, problem: `${name} is empty` }
      : { ok: false, pending: true, problem: `${name} is being computed` };
  }
  switch (view.kind) {
    case 'empty':
      return { ok: false, pending: false, problem: `${name} is empty` };
    case 'error':
      return {
        ok: false,
        pending: false,
        problem: `${name} is ${view.error?.code ?? view.text}${view.error?.message ? `: ${view.error.message}` : ''}`,
      };
    case 'bool':
      return { ok: false, pending: false, problem: `${name} holds booleans; a chart draws numbers (try where(${name}, 1, 0))` };
    case 'text':
      return { ok: false, pending: false, problem: `${name} holds text, not numbers` };
    case 'function':
      return { ok: false, pending: false, problem: `${name} holds a function; call it to get numbers` };
    case 'held':
      return { ok: false, pending: false, problem: `${name} is not computed: recalculate the workbook first` };
    case 'tuple':
      return { ok: false, pending: false, problem: `${name} holds a tuple; pick one item, as in ${name}[0]` };
    case 'tensor':
      break;
  }
  const shape = view.shape ?? [];
  if (shape.length === 0) return { ok: false, pending: false, problem: `${name} is a single number; a chart draws 1-D tensors` };
  if (shape.length > 1)
    return { ok: false, pending: false, problem: `${name} is ${shape.join('×')}; a chart draws 1-D tensors (flatten it or pick a row)` };
  if (!view.series)
    return {
      ok: false,
      pending: false,
      problem: `${name} has ${plural(shape[0], 'element')}, more than the ${SERIES_LIMIT.toLocaleString('en-US')} a chart draws`,
    };
  return { ok: true, series: view.series };
}

const isAscending = (xs: Float64Array): boolean => {
  for (let i = 1; i < xs.length; i++) if (!(xs[i] >= xs[i - 1])) return false;
  return true;
};

const allFinite = (xs: Float64Array): boolean => xs.every(Number.isFinite);

/** uPlot draws a gap at null; NaN and infinities would spoil its scales. */
const withGaps = (xs: Float64Array): (number | null)[] => Array.from(xs, (v) => (Number.isFinite(v) ? v : null));

/** The chart's columns, or every reason it cannot be drawn. An empty `x` means the element index 0…n−1. */
export function chartData(chart: ChartFile, cells: CellLookup): ChartData {
  const problems: string[] = [];
  let pendingCount = 0;
  const ys: Float64Array[] = [];
  if (chart.y.length === 0) problems.push('the chart has no y cells');
  for (const ref of chart.y) {
    const c = checkCell(chart.sheet, ref, cells);
    if (c.ok) ys.push(c.series);
    else {
      problems.push(c.problem);
      if (c.pending) pendingCount++;
    }
  }
  const xRef = chart.x.trim() === '' ? null : chart.x.trim();
  let xs: Float64Array | null = null;
  if (xRef !== null) {
    const c = checkCell(chart.sheet, xRef, cells);
    if (c.ok) xs = c.series;
    else {
      problems.unshift(c.problem);
      if (c.pending) pendingCount++;
    }
  }
  // Cells still being computed are not a problem yet: `pending` says that is all there is.
  if (problems.length > 0) return { ok: false, pending: pendingCount === problems.length, problems };

  const n = xs ? xs.length : ys[0].length;
  const xName = xRef ?? chart.y[0].trim();
  chart.y.forEach((ref, i) => {
    if (ys[i].length !== n) problems.push(`${ref.trim()} has ${plural(ys[i].length, 'element')} but ${xName} has ${n}`);
  });
  if (problems.length > 0) return { ok: false, pending: false, problems };
  if (n === 0) return { ok: false, pending: false, problems: [`${xName} has no elements`] };

  const notes: string[] = [];
  let x = xs ?? Float64Array.from({ length: n }, (_, i) => i);
  let columns: Float64Array[] = [x, ...ys];
  if (!allFinite(x)) {
    // Points without a finite x cannot be placed: leave them out.
    const keep = [...x.keys()].filter((i) => Number.isFinite(x[i]));
    if (keep.length === 0) return { ok: false, pending: false, problems: [`${xName} holds no finite numbers`] };
    notes.push(`${plural(n - keep.length, 'point')} without a finite x left out`);
    columns = columns.map((col) => Float64Array.from(keep, (i) => col[i]));
    x = columns[0];
  }
  if (!isAscending(x)) {
    // uPlot's aligned mode needs x in ascending order; a chart plots y as a function of x, so sort the points by x.
    const order = [...x.keys()].sort((a, b) => x[a] - x[b] || a - b);
    columns = columns.map((col) => Float64Array.from(order, (i) => col[i]));
    notes.push(`${xName} is not increasing: points are drawn in order of x`);
  }
  const out: Column[] = columns.map((col, i) => {
    if (i === 0 || allFinite(col)) return col;
    notes.push(`${chart.y[i - 1].trim()} has NaN or infinite values, drawn as gaps`);
    return withGaps(col);
  });
  const y = chart.y.map((r) => r.trim());
  if (chart.yScale !== 'log') return { ok: true, columns: out, x: xRef, y, notes };
  const log = forLogScale(out, y);
  return log.ok
    ? { ok: true, columns: log.columns, x: xRef, y, notes: [...notes, ...log.notes] }
    : { ok: false, pending: false, problems: [log.problem] };
}

/** A number for the legend's readout. */
export const formatValue = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : formatNumber(v));

const sameColumn = (a: Column, b: Column): boolean =>
  a === b || (a.length === b.length && Array.prototype.every.call(a, (v: number | null, i: number) => v === b[i]));
const sameStrings = (a: string[], b: string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);

/** Whether two results draw the same thing, so an edit elsewhere in the sheet does not redraw the chart. */
export function sameChartData(a: ChartData, b: ChartData): boolean {
  if (a.ok !== b.ok) return false;
  if (!a.ok || !b.ok) return !a.ok && !b.ok && a.pending === b.pending && sameStrings(a.problems, b.problems);
  return (
    a.x === b.x &&
    sameStrings(a.y, b.y) &&
    sameStrings(a.notes, b.notes) &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => sameColumn(c, b.columns[i]))
  );
}
