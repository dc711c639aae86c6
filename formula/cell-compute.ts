// Owns computing a workbook's cells in a recalculation: the hooks engine/recalc.ts calls (compute a
// cell under the budget, mark a cycle, say which cells are slow, report progress), and the reader a
// cell's runtime sees the workbook through.

import { MemoryLedger, metered, meteredCost } from '../engine/budget';
import { errors, isError, withOrigin } from '../engine/errors';
import type { NodeId } from '../engine/graph';
import { setCurrentCell } from '../engine/nonfinite';
import { activeProfile } from '../engine/profiler';
import type { RecalcHooks } from '../engine/recalc';
import type { CellValue } from '../engine/value';
import { type Cell, type CellRecords, NO_ROOTS, type Sheet } from './cell-records';
import { CellRuntime, type WorkbookReader } from './cell-runtime';
import { compileFormula, ownValue, runFormula } from './evaluate';
import type { SharedFormula } from './parse-cache';
import { type BackwardRoot, withRuntime } from './runtime';
import { sameValue } from './same-value';
import type { Wiring } from './wiring';

/** What a long recalculation reports before each formula cell it computes (the run stays synchronous). */
export interface RecalcProgress {
  /** The formula cell about to be computed (`Sheet1!A1`). */
  readonly cell: string;
  /** Whether it is expected to take long: it loops, or it took long the last time. */
  readonly slow: boolean;
  /** The formula cells this recalculation has not computed yet, `cell` first; the first `limit` of them when given. */
  pending(limit?: number): string[];
}

/** A cell whose last computation took this long (ms) counts as slow next time. */
const SLOW_MS = 20;

/** Runs a cell's compiled formula in its environment (`compute` compiles it first). */
function runCell(cell: Cell): CellValue {
  const compiled = cell.formula?.compiled;
  if (!compiled) throw new Error(`${cell.label} has no compiled formula`);
  return ownValue(runFormula(compiled, cell.env));
}

const runCellIn = (rt: CellRuntime, cell: Cell): CellValue => withRuntime(rt, runCell, cell);

export class CellComputer implements RecalcHooks {
  /** Cells whose value changed since `takeChanged` last ran (the app sends only these). */
  private readonly changed = new Set<Cell>();
  /** What the cells' values hold in memory, against the memory budget. */
  readonly memory = new MemoryLedger();
  /** Large ranges read in the running recalculation, materialized once for all their readers. */
  readonly rangeValues = new Map<string, CellValue>();
  /** Cells held at a value instead of computed (`Workbook.hold`), with that value. */
  readonly held = new Map<Cell, CellValue>();
  /** Told before each formula cell is computed. */
  onProgress: ((progress: RecalcProgress) => void) | null = null;
  private readonly reader: WorkbookReader;

  constructor(
    private readonly records: CellRecords,
    wiring: Wiring,
    seed: () => number,
  ) {
    this.reader = bookReader(records, wiring, seed, this.rangeValues);
  }

  compute(id: NodeId): boolean {
    const cell = this.records.byId.get(id);
    if (!cell) return true; // a name or the backward hub: a relay, changed whenever recomputed
    cell.roots = NO_ROOTS;
    cell.droppedHistory = false;
    const held = this.held.get(cell);
    const { value, holds } =
      held !== undefined
        ? { value: held, holds: 0 }
        : cell.formula !== null
          ? this.run(cell, cell.formula)
          : { value: cell.constant, holds: 0 };
    // A constant error (a #PARSE! input) begins in its own cell too, so its readers can name it.
    const next = isError(value) ? withOrigin(value, this.records.label(cell)) : value;
    if (sameValue(cell.value, next)) return false;
    this.memory.held += holds - cell.holds;
    cell.holds = holds;
    cell.value = next;
    this.changed.add(cell);
    return true;
  }

  /** A formula cell's value and the memory it holds, computed under the budget; never throws. */
  private run(cell: Cell, formula: SharedFormula): { value: CellValue; holds: number } {
    const label = this.records.label(cell);
    const prevCell = setCurrentCell(label);
    const started = Date.now();
    const profile = activeProfile;
    const profileStarted = profile === null ? 0 : profile.now();
    try {
      // The compiled formula is shared and kept. A runtime is made per computation, not kept on the cell:
      // on a sheet of a million cells, a million kept runtimes cost the garbage collector a second.
      formula.compiled ??= compileFormula(formula.ast);
      const rt = new CellRuntime(this.reader, cell, label);
      if (cell.env.sheet !== cell.sheet.name) cell.env = { ...cell.env, sheet: cell.sheet.name };
      const value = metered(this.memory, started, runCellIn, rt, cell);
      return { value, holds: meteredCost() };
    } catch (e) {
      // A bug of ours or an exhausted engine (its stack) fails this cell only; the others compute.
      cell.roots = NO_ROOTS;
      return { value: errors.unexpected(e), holds: 0 };
    } finally {
      setCurrentCell(prevCell);
      // An integer, so the field holds a small integer and not a boxed double per cell.
      cell.ms = (Date.now() - started) | 0;
      if (profile !== null) profile.cell(label, profile.now() - profileStarted);
    }
  }

  cycle(ids: readonly NodeId[]): void {
    const cells = ids.map((id) => this.records.byId.get(id)).filter((c): c is Cell => c !== undefined);
    const labels = cells.map((c) => this.records.label(c));
    const shown = labels.length > 8 ? [...labels.slice(0, 8), `… ${labels.length} cells in all`] : labels;
    for (const c of cells) {
      c.roots = NO_ROOTS;
      this.memory.held -= c.holds;
      c.holds = 0;
      c.value = withOrigin(errors.cycle(shown), this.records.label(c));
      this.changed.add(c);
    }
  }

  slow(id: NodeId): boolean {
    const cell = this.records.byId.get(id);
    if (!cell?.formula) return false;
    return cell.ms === null ? cell.formula.deps?.loops === true : cell.ms >= SLOW_MS;
  }

  progress(next: NodeId, remaining: () => NodeId[]): void {
    const listener = this.onProgress;
    if (!listener) return;
    const cell = this.records.byId.get(next);
    if (!cell?.formula) return;
    const label = (c: Cell): string => this.records.label(c);
    const pending = (limit = Infinity): string[] => {
      const out = [label(cell)];
      for (const id of remaining()) {
        if (out.length >= limit) break;
        const c = this.records.byId.get(id);
        if (c?.formula) out.push(label(c));
      }
      return out;
    };
    listener({ cell: label(cell), slow: this.slow(next), pending });
  }

  /** The cells whose value changed since the last call, with their labels and values. */
  takeChanged(): [label: string, value: CellValue][] {
    const out = [...this.changed].map((c): [string, CellValue] => [this.records.label(c), c.value]);
    this.changed.clear();
    return out;
  }

  /** A removed cell's memory is given back, and its change is no longer news. */
  forget(cell: Cell): void {
    this.memory.held -= cell.holds;
    this.changed.delete(cell);
    this.held.delete(cell);
  }
}

/** What a cell's runtime reads of the workbook. */
function bookReader(records: CellRecords, wiring: Wiring, seed: () => number, rangeValues: Map<string, CellValue>): WorkbookReader {
  return {
    get seed() {
      return seed();
    },
    sheetNamed: (name: string): Sheet | undefined => records.sheetNamed(name),
    firstSheet: (): Sheet => records.sheets[0],
    cellValue: (sheet: Sheet, col: number, row: number): CellValue => records.valueAt(sheet, col, row),
    nameTarget: (name: string): string | undefined => records.nameTarget(name),
    nameList: (): string[] => [...records.names.values()].map((n) => n.name),
    backwardRoots: (): BackwardRoot[] => wiring.backwardCells().flatMap((c) => c.roots),
    mayDifferentiate: (cell: Cell): boolean => wiring.mayDifferentiate(cell),
    gradientDifferentiated: (cell: Cell): boolean => wiring.gradientDifferentiated(cell),
    rangeCache: (): Map<string, CellValue> => rangeValues,
  };
}
