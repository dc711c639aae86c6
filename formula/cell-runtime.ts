// Owns the Runtime of one cell's evaluation: reading cells, ranges and names of the workbook, the
// cell's seeded random stream, its backward roots, and `x.grad` over every root.

import { NOT_CONNECTED_NOTE, leavesOf, vjp } from '../engine/autograd';
import { chargeMemory } from '../engine/budget';
import { type CellError, errors, isError } from '../engine/errors';
import { isGradEnabled } from '../engine/grad-mode';
import { limits } from '../engine/limits';
import { attempt, run } from '../engine/op';
import { add } from '../engine/ops/add';
import { reshape } from '../engine/ops/reshape';
import { stackAs } from '../engine/ops/stack';
import { hashText, makeRandom } from '../engine/random';
import { Tensor, isTensor, scalar } from '../engine/tensor';
import type { CellValue } from '../engine/value';
import { cellName, inGrid, parseRef } from './address';
import type { CellAddress } from './ast';
import type { Cell } from './cell-records';
import { gradientPass, shownGradient } from './gradient-display';
import { LARGE_RANGE } from './large-ranges';
import { type BackwardRoot, type Origin, type RangeCells, type Runtime, placedCol, placedRange, placedRow } from './runtime';

interface SheetRef {
  readonly uid: number;
  name: string;
}

/** What a cell's runtime needs of its workbook. */
export interface WorkbookReader {
  readonly seed: number;
  sheetNamed(name: string): SheetRef | undefined;
  firstSheet(): SheetRef;
  cellValue(sheet: SheetRef, col: number, row: number): CellValue;
  nameTarget(name: string): string | undefined;
  nameList(): string[];
  backwardRoots(): BackwardRoot[];
  /** Whether the cell or a cell downstream of it takes a gradient. */
  mayDifferentiate(cell: Cell): boolean;
  /** Whether a gradient the cell takes may be differentiated: it takes several, or a cell downstream takes one. */
  gradientDifferentiated(cell: Cell): boolean;
  /** Large ranges already read in this recalculation, by sheet, bounds and grad mode. */
  rangeCache(): Map<string, CellValue>;
}

export class CellRuntime implements Runtime {
  private stream: (() => number) | null = null;
  /** Whether a gradient this computation takes may be differentiated, once asked (see gradientDifferentiated). */
  private differentiated: boolean | null = null;

  constructor(
    private readonly book: WorkbookReader,
    private readonly owner: Cell,
    readonly cell: string,
  ) {}

  random(): number {
    this.stream ??= makeRandom(this.book.seed, hashText(this.cell));
    return this.stream();
  }

  private sheet(at: CellAddress, sheetName: string): SheetRef | CellError {
    // The common case, a reference on the formula's own sheet, needs no lookup by name.
    if (at.sheet === null && sheetName === this.owner.sheet.name) return this.owner.sheet;
    const name = at.sheet ?? sheetName;
    return this.book.sheetNamed(name) ?? errors.ref(`no sheet named "${name}"`);
  }

  readCell(at: CellAddress, from: Origin): CellValue {
    const sheet = this.sheet(at, from.sheet);
    if (isError(sheet)) return sheet;
    const col = placedCol(at, from);
    const row = placedRow(at, from);
    if (!inGrid({ col, row })) return errors.ref(`the reference is outside the grid (columns A to XFD, rows 1 to 1048576)`);
    return this.book.cellValue(sheet, col, row);
  }

  rangeCells(start: CellAddress, end: CellAddress, from: Origin): RangeCells | CellError {
    const sheet = this.sheet(start, from.sheet);
    if (isError(sheet)) return sheet;
    const placed = placedRange(start, end, from);
    if (placed === null) return errors.ref('the range reaches outside the grid');
    const { r0, r1, c0, c1 } = placed;
    const rows = r1 - r0 + 1;
    const cols = c1 - c0 + 1;
    if (rows * cols > Math.min(limits.maxElements, 1_000_000)) {
      return errors.limit('range', [rows, cols], rows * cols, Math.min(limits.maxElements, 1_000_000));
    }
    const values: CellValue[] = [];
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) values.push(this.book.cellValue(sheet, c, r));
    return { rows, cols, col0: c0, row0: r0, values };
  }

  readRange(start: CellAddress, end: CellAddress, from: Origin): CellValue {
    // A large range is materialized once per recalculation, however many cells read it.
    const sheet = this.sheet(start, from.sheet);
    const placed = placedRange(start, end, from);
    if (isError(sheet) || placed === null || (placed.r1 - placed.r0 + 1) * (placed.c1 - placed.c0 + 1) <= LARGE_RANGE) {
      return this.materialize(start, end, from);
    }
    const key = `${sheet.uid}:${placed.r0}:${placed.r1}:${placed.c0}:${placed.c1}:${isGradEnabled()}`;
    const cache = this.book.rangeCache();
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = this.materialize(start, end, from)));
    return value;
  }

  private materialize(start: CellAddress, end: CellAddress, from: Origin): CellValue {
    const cells = this.rangeCells(start, end, from);
    if (isError(cells)) return cells;
    const { rows, cols, values } = cells;
    const items = new Array<Tensor>(values.length);
    // Empty cells read as zero: one tensor for all of them (a large range is mostly empty).
    let zero: Tensor | null = null;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (isError(v)) return v;
      if (v.kind === 'empty') {
        items[i] = zero ??= scalar(0);
        continue;
      }
      if (!isTensor(v) || v.size !== 1) {
        const where = cellName(cells.col0 + (i % cols), cells.row0 + Math.floor(i / cols));
        const what = isTensor(v) ? `a tensor of shape ${errors.fmtShape(v.shape)}` : `a ${v.kind}`;
        return errors.value('range', `cell ${where} holds ${what}, not a number`);
      }
      items[i] = v.dtype === 'bool' ? new Tensor(v.data, [], 'float64') : v;
    }
    // Number cells are leaves: stacking them records each one, so grad(y, A1) flows through a range.
    if (!isGradEnabled()) {
      const over = chargeMemory('range', items.length);
      if (over !== null) return over;
      const data = new Float64Array(items.length);
      for (let i = 0; i < items.length; i++) data[i] = items[i].data[0];
      return new Tensor(data, [rows, cols]);
    }
    return attempt(() =>
      stackAs(
        items.map((t) => (t.rank === 0 ? t : run(reshape, [t], []))),
        [rows, cols],
      ),
    );
  }

  readName(name: string): CellValue | undefined {
    const target = this.book.nameTarget(name);
    if (target === undefined) return undefined;
    const ref = parseRef(target);
    if (ref === null && target === '#REF!') return errors.ref(`the name "${name}" points at a deleted cell`);
    if (ref === null) return errors.ref(`the name "${name}" points at "${target}", which is not a cell or range`);
    const from = this.nameOrigin();
    return ref.kind === 'cell' ? this.readCell(ref.at, from) : this.readRange(ref.start, ref.end, from);
  }

  hasName(name: string): boolean {
    return this.book.nameTarget(name) !== undefined;
  }

  workbookNames(): readonly string[] {
    return this.book.nameList();
  }

  nameRange(name: string): { start: CellAddress; end: CellAddress; from: Origin } | null {
    const target = this.book.nameTarget(name);
    const ref = target === undefined ? null : parseRef(target);
    return ref?.kind === 'range' ? { start: ref.start, end: ref.end, from: this.nameOrigin() } : null;
  }

  /** A name's target is absolute: it does not move with the cell that reads it. */
  private nameOrigin(): Origin {
    return { sheet: this.book.firstSheet().name, dc: 0, dr: 0 };
  }

  mayDifferentiate(): boolean {
    return this.book.mayDifferentiate(this.owner);
  }

  gradientDifferentiated(): boolean {
    // Asked by every gradient the formula takes (a training loop asks each iteration); the graph does not change meanwhile.
    this.differentiated ??= this.book.gradientDifferentiated(this.owner);
    return this.differentiated;
  }

  historyDropped(): void {
    this.owner.droppedHistory = true;
  }

  declareBackward(y: Tensor, v: Tensor, createGraph: boolean): void {
    this.owner.roots = [...this.owner.roots, { y, v, createGraph }];
  }

  accumulatedGrad(x: Tensor): CellValue {
    const roots = this.book.backwardRoots();
    const createGraph = roots.some((r) => r.createGraph);
    const total = gradientPass(createGraph, () =>
      attempt(() => {
        let sum: Tensor | null = null;
        for (const root of roots) {
          const g = rootGradient(root, x, createGraph);
          if (isError(g)) return g;
          if (g[0].note === NOT_CONNECTED_NOTE) continue;
          sum = sum === null ? g[0] : run(add, [sum, g[0]]);
        }
        return sum;
      }),
    );
    if (isError(total)) return total;
    if (total !== null) return shownGradient(total, createGraph);
    const why =
      roots.length === 0
        ? 'no cell calls backward(...), so .grad is zero'
        : 'no backward root depends on this tensor, so its .grad is zero';
    return new Tensor(new Float64Array(x.size), x.shape, 'float64', false, null, null, why);
  }
}

/**
 * One backward pass per backward root, as PyTorch's `y.backward()` fills every leaf's `.grad` at once: the
 * first `.grad` read runs it for all the leaves the root reaches, and later reads of the same root take their
 * part. A root is made afresh whenever its cell recomputes (and so whenever a leaf it reads changes), so a
 * pass kept by its root is never stale.
 */
const rootPasses = new WeakMap<BackwardRoot, { createGraph: boolean; grads: Map<Tensor, Tensor> }>();

function rootGradient(root: BackwardRoot, x: Tensor, createGraph: boolean): Tensor[] | CellError {
  let pass = rootPasses.get(root);
  if (pass === undefined || pass.createGraph !== createGraph) {
    const leaves = leavesOf(root.y);
    if (!leaves.includes(x)) return vjp(root.y, [x], root.v);
    const gs = vjp(root.y, leaves, root.v);
    if (isError(gs)) return gs;
    pass = { createGraph, grads: new Map(leaves.map((leaf, i) => [leaf, gs[i]])) };
    rootPasses.set(root, pass);
  }
  const g = pass.grads.get(x);
  return g === undefined ? vjp(root.y, [x], root.v) : [g];
}
