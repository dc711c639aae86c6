// Owns the dependency edges of a workbook: what each cell's formula and each name reads, the backward
// hub every `.grad` reader hangs on, and the walks over those edges the computation asks about
// (does a gradient get taken downstream? which cells does a cell read and feed?).

import { DependencyGraph, type NodeId } from '../engine/graph';
import { inGrid, parseRef } from './address';
import type { CellAddress } from './ast';
import type { Cell, CellRecords } from './cell-records';
import { formulaDeps } from './deps';
import { LARGE_RANGE, LargeRanges } from './large-ranges';
import { type Origin, placedCol, placedRange, placedRow } from './runtime';

// Node ids: cells count up from 1 as they are created (small integers keep the graph's maps fast);
// names and the backward hub are negative.
/** The node every backward-declaring cell feeds and every `.grad` reader reads. */
export const HUB: NodeId = -1;

/** A range larger than this gets no edges: it evaluates to #LIMIT! rather than wiring millions of cells. */
const MAX_WIRED_RANGE = 1_000_000;

export class Wiring {
  readonly graph = new DependencyGraph();
  /** One dependency node per distinct large range (large-ranges.ts), numbered among the cells. */
  readonly largeRanges: LargeRanges;
  private readonly nameNodes = new Map<string, NodeId>();

  constructor(
    private readonly records: CellRecords,
    newId: () => NodeId,
  ) {
    this.largeRanges = new LargeRanges(this.graph, newId);
  }

  /** Replaces a cell's edges from its formula; returns whether the set of backward roots changed. */
  wireCell(cell: Cell): boolean {
    const reads: NodeId[] = [];
    let declares = false;
    if (cell.formula !== null) {
      const deps = (cell.formula.deps ??= formulaDeps(cell.formula.ast));
      for (const at of deps.cells) this.addressCells(at, cell.env, reads);
      for (const r of deps.ranges) this.rangeCells(r.start, r.end, cell.env, reads);
      for (const n of deps.names) reads.push(this.nameNode(n));
      if (deps.readsGrad) reads.push(HUB);
      declares = deps.declaresBackward;
    }
    this.graph.setPrecedents(cell.id, reads);
    if (declares === cell.declaresBackward) return false;
    cell.declaresBackward = declares;
    const roots = new Set(this.graph.precedentsOf(HUB));
    if (declares) roots.add(cell.id);
    else roots.delete(cell.id);
    this.graph.setPrecedents(HUB, roots);
    return true;
  }

  /** Rewires a name (by its lower-cased key) from its present target; returns its node. */
  rewireName(key: string): NodeId {
    const id = this.nameNode(key);
    this.wireName(key, id);
    return id;
  }

  /** Rewires every cell and name from scratch (loading, sheet changes); returns every node to recompute. */
  rewireAll(): NodeId[] {
    const { records } = this;
    for (const s of records.sheets) this.largeRanges.rewire(s.uid, () => s.cells.values());
    for (const [key, id] of this.nameNodes) this.wireName(key, id);
    for (const key of records.names.keys()) this.nameNode(key);
    // A copy: wiring a formula makes the records of the empty cells it reads.
    for (const cell of [...records.byId.values()]) this.wireCell(cell);
    return [...records.byId.keys(), ...this.nameNodes.values(), HUB];
  }

  /** A removed cell reads nothing any more. */
  unwire(cell: Cell): void {
    this.graph.setPrecedents(cell.id, []);
  }

  /** The cells that declare a backward root. */
  backwardCells(): Cell[] {
    const out: Cell[] = [];
    for (const id of this.graph.precedentsOf(HUB)) {
      const c = this.records.byId.get(id);
      if (c) out.push(c);
    }
    return out;
  }

  /** Whether the cell or a cell downstream of it takes a gradient. */
  mayDifferentiate(cell: Cell): boolean {
    return this.reaches(cell.id, (n) => this.graph.dependentsOf(n), differentiates);
  }

  /** Whether a gradient the cell takes may be differentiated: it takes several, or a cell downstream takes one. */
  gradientDifferentiated(cell: Cell): boolean {
    if ((cell.formula?.deps?.gradients ?? 0) > 1) return true;
    for (const d of this.graph.dependentsOf(cell.id)) if (this.reaches(d, (n) => this.graph.dependentsOf(n), differentiates)) return true;
    return false;
  }

  /** Cells upstream of a cell that takes a gradient whose loops dropped history: they recompute keeping it. */
  droppedUpstream(cell: Cell): NodeId[] {
    if (!differentiates(cell)) return [];
    const out: NodeId[] = [];
    this.reaches(
      cell.id,
      (n) => this.graph.precedentsOf(n),
      (c) => {
        if (c.droppedHistory) out.push(c.id);
        return false;
      },
    );
    return out;
  }

  /** The cells a cell reads (through names too) and the cells that read it. */
  links(cell: Cell): { precedents: Cell[]; dependents: Cell[] } {
    return {
      precedents: this.cellsAround(cell.id, (n) => this.graph.precedentsOf(n)),
      dependents: this.cellsAround(cell.id, (n) => this.graph.dependentsOf(n)),
    };
  }

  private cellsAround(start: NodeId, next: (n: NodeId) => ReadonlySet<NodeId>): Cell[] {
    const out: Cell[] = [];
    const seen = new Set<NodeId>([start]);
    const stack = [...next(start)];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      const c = this.records.byId.get(n);
      // Names and the backward hub are relays: look through them to the cells beyond.
      if (c) {
        if (c.input !== '' || c.value.kind !== 'empty') out.push(c);
      } else stack.push(...next(n));
    }
    return out;
  }

  /** Whether `test` holds for the cell `start` or a cell beyond it (names and the hub relay). */
  private reaches(start: NodeId, next: (n: NodeId) => ReadonlySet<NodeId>, test: (c: Cell) => boolean): boolean {
    const seen = new Set<NodeId>([start]);
    const stack = [start];
    while (stack.length > 0) {
      const n = stack.pop()!;
      const c = this.records.byId.get(n);
      if (c && test(c)) return true;
      for (const m of next(n)) {
        if (!seen.has(m)) {
          seen.add(m);
          stack.push(m);
        }
      }
    }
    return false;
  }

  private nameNode(key: string): NodeId {
    let id = this.nameNodes.get(key);
    if (id === undefined) {
      id = -2 - this.nameNodes.size;
      this.nameNodes.set(key, id);
      this.wireName(key, id);
    }
    return id;
  }

  private wireName(key: string, id: NodeId): void {
    const reads: NodeId[] = [];
    const target = this.records.names.get(key)?.target;
    const ref = target === undefined ? null : parseRef(target);
    const from: Origin = { sheet: this.records.sheets[0].name, dc: 0, dr: 0 };
    if (ref?.kind === 'cell') this.addressCells(ref.at, from, reads);
    else if (ref?.kind === 'range') this.rangeCells(ref.start, ref.end, from, reads);
    this.graph.setPrecedents(id, reads);
  }

  private addressCells(at: CellAddress, from: Origin, out: NodeId[]): void {
    const sheet = this.records.sheetNamed(at.sheet ?? from.sheet);
    const col = placedCol(at, from);
    const row = placedRow(at, from);
    if (sheet && inGrid({ col, row })) out.push(this.records.cellAt(sheet, col, row).id);
  }

  private rangeCells(start: CellAddress, end: CellAddress, from: Origin, out: NodeId[]): void {
    const sheet = this.records.sheetNamed(start.sheet ?? from.sheet);
    const placed = placedRange(start, end, from);
    if (!sheet || placed === null) return;
    const { r0, r1, c0, c1 } = placed;
    const area = (r1 - r0 + 1) * (c1 - c0 + 1);
    if (area > MAX_WIRED_RANGE) return;
    if (area > LARGE_RANGE) {
      out.push(this.largeRanges.nodeFor(sheet.uid, placed, () => sheet.cells.values()));
      return;
    }
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(this.records.cellAt(sheet, c, r).id);
  }
}

const differentiates = (c: Cell): boolean => c.formula?.deps?.differentiates === true;
