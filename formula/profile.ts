// Owns profiling a workbook (SPEC §14): the whole workbook recalculated with the profiler's clock running,
// giving PyTorch's `key_averages()` table (one row per operation, forward and backward apart, slowest self
// time first) and each cell's time. The command line prints it; the app's Profile action shows it.

import { type CellTime, Profile, type ProfileRow, withProfile } from '../engine/profiler';
import type { WorkbookFile } from '../storage/format';
import { Workbook } from './book';

export type { CellTime, ProfileRow };

export interface WorkbookProfile {
  ops: ProfileRow[];
  cells: CellTime[];
  /** The whole recalculation, wiring included. */
  totalMs: number;
}

/** Recalculates `file` from scratch with timing on; the workbook itself is not kept. */
export function profileWorkbook(file: WorkbookFile, clock?: () => number): WorkbookProfile {
  const profile = new Profile(clock);
  const started = profile.now();
  withProfile(profile, () => Workbook.fromFile(file));
  return { ops: profile.table(), cells: profile.cellTimes(), totalMs: profile.now() - started };
}

/** The profile as the command line prints it: PyTorch's column names, times in ms to the microsecond. */
export function profileJSON(p: WorkbookProfile): {
  ops: { name: string; phase: string; calls: number; self_ms: number; total_ms: number }[];
  cells: { cell: string; ms: number }[];
  total_ms: number;
} {
  const ms = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    ops: p.ops.map((r) => ({ name: r.name, phase: r.phase, calls: r.calls, self_ms: ms(r.selfMs), total_ms: ms(r.totalMs) })),
    cells: p.cells.map((c) => ({ cell: c.cell, ms: ms(c.ms) })),
    total_ms: ms(p.totalMs),
  };
}
