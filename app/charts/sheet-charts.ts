// Owns which charts a sheet shows: every chart belongs to one sheet (ChartFile.sheet) and the panel shows
// those of the active sheet, in the workbook's order; moving one passes the sheet's neighbour, not a hidden chart.

import type { ChartFile } from '../state/document';

const onSheet = (chart: ChartFile, sheet: string) => chart.sheet.toLowerCase() === sheet.toLowerCase();

/** The workbook indices of the charts that belong to `sheet`, in order. */
export function chartsOnSheet(charts: readonly ChartFile[], sheet: string): number[] {
  return charts.flatMap((c, i) => (onSheet(c, sheet) ? [i] : []));
}

/** The workbook index of the chart of the same sheet just before (-1) or after (1) chart `index`, or null at the end. */
export function neighbourOnSheet(charts: readonly ChartFile[], index: number, delta: -1 | 1): number | null {
  const chart = charts[index];
  if (!chart) return null;
  for (let i = index + delta; i >= 0 && i < charts.length; i += delta) if (onSheet(charts[i], chart.sheet)) return i;
  return null;
}
