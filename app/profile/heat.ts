// Owns what the profiler's heat map draws: for the sheet shown, each profiled cell's place and how hot it
// is (its time over the slowest cell's), and the words a reader of the table sees. Pure: the layer draws it.

import { readReference } from '../../formula/address';
import type { CellTime } from '../../formula/profile';

export interface HeatCell {
  col: number;
  row: number;
  /** 0 (no time) to 1 (the slowest cell of the workbook). */
  heat: number;
  ms: number;
}

/** Cells below this share of the slowest one are not tinted: a sheet of fast cells stays readable. */
const COOL = 0.01;

/** The profiled cells of `sheet`, with their heat relative to the slowest cell in the whole workbook. */
export function heatCells(cells: readonly CellTime[], sheet: string): HeatCell[] {
  const slowest = cells.reduce((m, c) => Math.max(m, c.ms), 0);
  if (slowest <= 0) return [];
  const out: HeatCell[] = [];
  for (const c of cells) {
    const heat = c.ms / slowest;
    if (heat < COOL) continue;
    const ref = readReference(c.cell);
    if (ref === null || ref.end !== null || ref.sheet === null || ref.sheet !== sheet) continue;
    out.push({ col: ref.start.col, row: ref.start.row, heat, ms: c.ms });
  }
  return out;
}

/** A time as the table shows it: three significant digits, in ms, µs below a millisecond. */
export function formatMs(ms: number): string {
  // A browser's clock is coarse (0.1 ms without cross-origin isolation): what it did not see took no time it can show.
  if (ms <= 0) return '0 ms';
  if (ms >= 1) return `${ms >= 100 ? ms.toFixed(0) : ms.toPrecision(3)} ms`;
  const us = ms * 1000;
  return `${us >= 100 ? us.toFixed(0) : us >= 1 ? us.toPrecision(3) : us.toFixed(2)} µs`;
}
