// Owns the headless workbook (SPEC §9): sheets, cells, names and backward roots. It compiles each
// input, wires it into the dependency graph, and recalculates only what an edit reaches.

import { type CellError, cellError, errors, isError, withOrigin } from '../engine/errors';
import { DependencyGraph, type NodeId } from '../engine/graph';
import { MemoryLedger, metered, meteredCost } from '../engine/budget';
import { setCurrentCell } from '../engine/nonfinite';
import { recalc, type RecalcStats } from '../engine/recalc';
import { type CellValue, EMPTY } from '../engine/value';
import { type CellEntry, type ChartFile, CURRENT_VERSION, FORMAT, type WorkbookFile, cellInput, readWorkbook } from '../storage/format';
import { MAX_COLS, cellName, inGrid, isAllowedName, parseRef } from './address';
import type { CellAddress } from './ast';
import { type CellJSON, cellJSON } from './cell-json';
import { formulaDeps } from './deps';
import { LARGE_RANGE, LargeRanges } from './large-ranges';
import { compileFormula, ownValue, runFormula } from './evaluate';
import type { Env } from './scope';
import { compileInput } from './input';
import { CellRuntime, type WorkbookReader } from './cell-runtime';
import type { SharedFormula } from './parse-cache';
import { type BackwardRoot, type Origin, placedCol, placedRange, placedRow, withRuntime } from './runtime';
import { sameValue } from './same-value';

/** What a long recalculation reports before each formula cell it computes (the run stays synchronous). */
export interface RecalcProgress {
  /** The formula cell about to be computed (`Sheet1!A1`). */
  readonly cell: string;
  /** Whether it is expected to take long: it loops, or it took long the last time. */
  readonly slow: boolean;
  /** The formula cells this recalculation has not computed yet, `cell` first; the first `limit` of them when given. */
  pending(limit?: number): string[];
}

/** Listens to a workbook's recalculations; it gets the workbook, so it can take what changed so far. */
export type ProgressListener = (progress: RecalcProgress, book: Workbook) => void;

/** A cell whose last computation took this long (ms) counts as slow next time. */
const SLOW_MS = 20;

/** Thrown by `Workbook.fromJSON` for a file that is not a valid workbook; the message says why. */
export class WorkbookFormatError extends Error {}

interface Sheet {
  readonly uid: number;
  name: string;
  /** The sheet's cell records by address key (row · MAX_COLS + col). */
  readonly cells: Map<number, Cell>;
  /** The environment of its cells at no offset, shared by them (most of a big sheet's cells). */
  home: Env | null;
}

export interface Cell {
  readonly id: NodeId;
  readonly sheet: Sheet;
  readonly col: number;
  readonly row: number;
  input: string;
  /** The rest of a cell object from the file (slider, format, note), kept for the round trip. */
  extra: Record<string, unknown> | null;
  /** The cell's formula (shared with the formulas filled from it) and its offset; null for a constant. */
  formula: SharedFormula | null;
  constant: CellValue;
  value: CellValue;
  /** backward(y, v) calls made by this cell's formula in its last evaluation. */
  roots: readonly BackwardRoot[];
  declaresBackward: boolean;
  /** The cached label, and the sheet name it was made with. */
  label: string;
  labelFor: string | null;
  /** The environment its formula runs in (sheet, offset, no bindings), kept while the sheet's name holds. */
  env: Env;
  /** How long its last computation took (ms); null until it has run with its present input. */
  ms: number | null;
  /** The memory its value holds, in the budget's element-equivalents (engine/budget.ts). */
  holds: number;
  /**
   * Its last computation kept no history where a gradient might later want it (a loop dropped it, or
   * a gradient was computed without its own), believing none would be taken through it.
   */
  droppedHistory: boolean;
}

// Node ids: cells count up from 1 as they are created (small integers keep the graph's maps fast);
// names and the backward hub are negative.
const addressKey = (col: number, row: number): number => row * MAX_COLS + col;

/** Most cells declare no backward root: they share this empty list (a million cells would hold a million). */
const NO_ROOTS: readonly BackwardRoot[] = Object.freeze([]);
const HUB: NodeId = -1;

/** Runs a cell's compiled formula in its environment (`compute` compiles it first). */
function runCell(cell: Cell): CellValue {
  const compiled = cell.formula?.compiled;
  if (!compiled) throw new Error(`${cell.label} has no compiled formula`);
  return ownValue(runFormula(compiled, cell.env));
}

const runCellIn = (rt: CellRuntime, cell: Cell): CellValue => withRuntime(rt, runCell, cell);



export class Workbook implements WorkbookReader {
  private readonly graph = new DependencyGraph();
  private readonly sheetList: Sheet[] = [];
  private readonly cellMap = new Map<NodeId, Cell>();
  private readonly nameTargets = new Map<string, { name: string; target: string }>();
  private readonly nameNodes = new Map<string, NodeId>();
  private charts: ChartFile[] = [];
  /** The workbook's name as its file carries it (SPEC §7), kept so toJSON gives it back. */
  private bookName: string | undefined;
  private nextSheetUid = 1;
  private nextCellId = 1;
  /** One dependency node per distinct large range (large-ranges.ts), numbered among the cells. */
  private readonly largeRanges = new LargeRanges(this.graph, () => this.nextCellId++);
  /** Large ranges read in the running recalculation, materialized once for all their readers. */
  private readonly rangeValues = new Map<string, CellValue>();
  /** What the last edit recomputed (tests count it; the app may show it). */
  lastRecalc: RecalcStats = { computed: 0, skipped: 0, cyclic: 0 };
  /** Cells whose value changed since `takeChanged` last ran (the app sends only these). */
  private readonly changed = new Set<Cell>();
  /** Told before each formula cell a recalculation computes (the app publishes partial results from it). */
  onProgress: ProgressListener | null = null;
  /** What the cells' values hold in memory, against the memory budget. */
  private readonly memory = new MemoryLedger();

  constructor(private seedValue = 0) {
    this.sheetList.push({ uid: this.nextSheetUid++, name: 'Sheet1', cells: new Map(), home: null });
  }

  /** A workbook from a file's JSON (SPEC §7); throws WorkbookFormatError with the reason otherwise. */
  static fromJSON(json: unknown): Workbook {
    const read = readWorkbook(json);
    if (!read.ok) throw new WorkbookFormatError(read.message);
    return Workbook.fromFile(read.book);
  }

  /**
   * A workbook from a checked file. Cells listed in `cancelled` are not evaluated: they show a
   * #LOOP! error until edited (the app reloads this way after the user stopped a runaway formula).
   * `onProgress` hears the first recalculation too.
   */
  static fromFile(file: WorkbookFile, cancelled: readonly string[] = [], onProgress: ProgressListener | null = null): Workbook {
    const book = new Workbook(file.seed);
    book.onProgress = onProgress;
    book.sheetList.length = 0;
    for (const s of file.sheets) book.sheetList.push({ uid: book.nextSheetUid++, name: s.name, cells: new Map(), home: null });
    for (const [name, target] of Object.entries(file.names)) book.nameTargets.set(name.toLowerCase(), { name, target });
    book.charts = file.charts.map((c) => ({ ...c }));
    book.bookName = file.name;
    file.sheets.forEach((s, i) => {
      // Object.keys, not Object.entries: on a sheet of a million cells the pairs alone cost a second.
      for (const key of Object.keys(s.cells)) {
        const at = parseRef(key)!;
        if (at.kind !== 'cell') continue;
        book.assign(book.cellAt(book.sheetList[i], at.at.col, at.at.row), s.cells[key]);
      }
    });
    for (const ref of cancelled) book.cancelCell(book.cellFor(ref));
    book.rebuild();
    return book;
  }

  get seed(): number {
    return this.seedValue;
  }

  /** What the cells' values hold against the memory budget, in element-equivalents (8 bytes each). */
  get memoryHeld(): number {
    return this.memory.held;
  }

  /** Sets a cell's input as a user would type it and recalculates what depends on it. */
  set(ref: string, input: string): void {
    this.setMany([[ref, input]]);
  }

  /** Several edits, one recalculation (the app commits one frame's edits this way). */
  setMany(edits: readonly (readonly [string, string])[]): void {
    const dirty: NodeId[] = [];
    for (const [ref, input] of edits) {
      const cell = this.cellFor(ref);
      this.assign(cell, input);
      if (this.wire(cell)) dirty.push(HUB);
      dirty.push(cell.id, ...this.droppedUpstream(cell));
    }
    this.lastRecalc = this.recalculate(dirty);
  }

  /** The cell's JSON, exactly as the command line prints it; never throws for a user's mistake. */
  get(ref: string): CellJSON {
    // cellJSON never throws; this guards reading the cell as a last resort.
    try {
      return cellJSON(this.value(ref));
    } catch (e) {
      return cellJSON(errors.unprintable(`the cell ${ref}`, e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
    }
  }

  /** The cell's value itself (for the app and tests). */
  value(ref: string): CellValue {
    const parsed = this.locate(ref);
    if (isError(parsed)) return parsed;
    return this.findCell(parsed.sheet, parsed.col, parsed.row)?.value ?? EMPTY;
  }

  input(ref: string): string {
    const parsed = this.locate(ref);
    if (isError(parsed)) return '';
    return this.findCell(parsed.sheet, parsed.col, parsed.row)?.input ?? '';
  }

  /** Cells with an input, sheet by sheet, each sheet in row-major order. */
  private inputCells(): Cell[] {
    const order = new Map(this.sheetList.map((s, i) => [s.uid, i]));
    const cells = [...this.cellMap.values()].filter((c) => c.input !== '');
    return cells.sort((a, b) => order.get(a.sheet.uid)! - order.get(b.sheet.uid)! || a.row - b.row || a.col - b.col);
  }

  /** Labels (`Sheet1!A1`) of every cell with an input, sheet by sheet, in row-major order. */
  cellLabels(): string[] {
    return this.inputCells().map((c) => this.label(c));
  }

  /** Every cell with an input and its value, in cellLabels' order: `value` of each label, without reading labels. */
  *cellValues(): IterableIterator<[label: string, value: CellValue]> {
    for (const c of this.inputCells()) yield [this.label(c), c.value];
  }

  /** Names a cell or range (`Sheet1!B1`, `Sheet1!A1:B2`), or removes the name with null. */
  setName(name: string, target: string | null): CellError | null {
    if (!isAllowedName(name)) {
      return errors.value('name', `"${name}" is not a valid name: use letters, digits and _, and do not make it look like a cell`);
    }
    const key = name.toLowerCase();
    if (target === null) this.nameTargets.delete(key);
    else {
      if (parseRef(target) === null) return errors.ref(`"${target}" is not a cell or range`);
      this.nameTargets.set(key, { name, target });
    }
    const id = this.nameNode(key);
    this.wireName(key, id);
    this.lastRecalc = this.recalculate([id]);
    return null;
  }

  /** The names as the user spelled them. */
  nameList(): string[] {
    return [...this.nameTargets.values()].map((n) => n.name);
  }

  names(): Record<string, string> {
    return Object.fromEntries([...this.nameTargets.values()].map((n) => [n.name, n.target]));
  }

  sheets(): string[] {
    return this.sheetList.map((s) => s.name);
  }

  addSheet(name: string): void {
    if (this.sheetNamed(name)) throw new Error(`a sheet named "${name}" exists`);
    this.sheetList.push({ uid: this.nextSheetUid++, name, cells: new Map(), home: null });
    this.rebuild();
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.sheetNamed(from);
    if (!sheet) throw new Error(`no sheet named "${from}"`);
    if (this.sheetNamed(to) && this.sheetNamed(to) !== sheet) throw new Error(`a sheet named "${to}" exists`);
    sheet.name = to;
    this.rebuild();
  }

  /** Removes a sheet: references to it become #REF!. */
  removeSheet(name: string): void {
    const sheet = this.sheetNamed(name);
    if (!sheet || this.sheetList.length === 1) throw new Error(`cannot remove sheet "${name}"`);
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    this.largeRanges.dropSheet(sheet.uid);
    for (const [id, c] of this.cellMap) {
      if (c.sheet === sheet) {
        this.memory.held -= c.holds;
        this.graph.setPrecedents(id, []);
        this.cellMap.delete(id);
      }
    }
    this.rebuild();
  }

  /** Re-rolls every random cell: a new workbook seed. */
  setSeed(seed: number): void {
    this.seedValue = seed;
    this.rebuild();
  }

  toJSON(): WorkbookFile {
    const sheets = this.sheetList.map((s) => ({ name: s.name, cells: {} as Record<string, CellEntry> }));
    const bySheet = new Map(this.sheetList.map((s, i) => [s, sheets[i].cells]));
    for (const c of this.inputCells()) bySheet.get(c.sheet)![cellName(c.col, c.row)] = c.extra ? { ...c.extra, input: c.input } : c.input;
    const name = this.bookName === undefined ? {} : { name: this.bookName };
    return { format: FORMAT, version: CURRENT_VERSION, ...name, seed: this.seedValue, sheets, names: this.names(), charts: this.charts.map((c) => ({ ...c })) };
  }

  /** The cells a cell reads (through names too) and the cells that read it, as labels. */
  links(ref: string): { precedents: string[]; dependents: string[] } {
    const at = this.locate(ref);
    if (isError(at)) return { precedents: [], dependents: [] };
    const id = this.findCell(at.sheet, at.col, at.row)?.id;
    if (id === undefined) return { precedents: [], dependents: [] };
    const cellsAround = (start: NodeId, next: (n: NodeId) => ReadonlySet<NodeId>): string[] => {
      const out: string[] = [];
      const seen = new Set<NodeId>([start]);
      const stack = [...next(start)];
      while (stack.length > 0) {
        const n = stack.pop()!;
        if (seen.has(n)) continue;
        seen.add(n);
        const c = this.cellMap.get(n);
        // Names and the backward hub are relays: look through them to the cells beyond.
        if (c) {
          if (c.input !== '' || c.value.kind !== 'empty') out.push(this.label(c));
        } else stack.push(...next(n));
      }
      return out;
    };
    return {
      precedents: cellsAround(id, (n) => this.graph.precedentsOf(n)),
      dependents: cellsAround(id, (n) => this.graph.dependentsOf(n)),
    };
  }

  /** Which cell holds each value (the inspector names the cells a computation graph passes through). */
  valueOwners(): Map<CellValue, string> {
    const owners = new Map<CellValue, string>();
    for (const c of this.cellMap.values()) if (c.value.kind !== 'empty') owners.set(c.value, this.label(c));
    return owners;
  }

  /** Labels of the cells whose value changed since the last call. */
  takeChanged(): string[] {
    const labels = [...this.changed].map((c) => this.label(c));
    this.changed.clear();
    return labels;
  }

  private cancelCell(cell: Cell): void {
    cell.formula = null;
    cell.constant = cellError('#LOOP!', 'stopped by the user before it finished; edit the cell to run it again');
  }

  // ---- WorkbookReader: what a cell's runtime reads ----

  sheetNamed(name: string): Sheet | undefined {
    const key = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === key);
  }

  cellValue(sheet: Sheet, col: number, row: number): CellValue {
    return sheet.cells.get(addressKey(col, row))?.value ?? EMPTY;
  }

  nameTarget(name: string): string | undefined {
    return this.nameTargets.get(name.toLowerCase())?.target;
  }

  rangeCache(): Map<string, CellValue> {
    return this.rangeValues;
  }

  backwardRoots(): BackwardRoot[] {
    const out: BackwardRoot[] = [];
    for (const id of this.graph.precedentsOf(HUB)) out.push(...(this.cellMap.get(id)?.roots ?? []));
    return out;
  }

  firstSheet(): Sheet {
    return this.sheetList[0];
  }

  mayDifferentiate(cell: Cell): boolean {
    return this.reaches(cell.id, (n) => this.graph.dependentsOf(n), (c) => c.formula?.deps?.differentiates === true);
  }

  gradientDifferentiated(cell: Cell): boolean {
    if ((cell.formula?.deps?.gradients ?? 0) > 1) return true;
    for (const d of this.graph.dependentsOf(cell.id)) if (this.reaches(d, (n) => this.graph.dependentsOf(n), (c) => c.formula?.deps?.differentiates === true)) return true;
    return false;
  }

  /** Whether `test` holds for the cell `start` or a cell beyond it (names and the hub relay). */
  private reaches(start: NodeId, next: (n: NodeId) => ReadonlySet<NodeId>, test: (c: Cell) => boolean): boolean {
    const seen = new Set<NodeId>([start]);
    const stack = [start];
    while (stack.length > 0) {
      const n = stack.pop()!;
      const c = this.cellMap.get(n);
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

  /** Cells upstream of a cell that takes a gradient whose loops dropped history: they recompute keeping it. */
  private droppedUpstream(cell: Cell): NodeId[] {
    if (cell.formula?.deps?.differentiates !== true) return [];
    const out: NodeId[] = [];
    this.reaches(cell.id, (n) => this.graph.precedentsOf(n), (c) => {
      if (c.droppedHistory) out.push(c.id);
      return false;
    });
    return out;
  }

  // ---- RecalcHooks ----

  slow(id: NodeId): boolean {
    const cell = this.cellMap.get(id);
    if (!cell?.formula) return false;
    return cell.ms === null ? cell.formula.deps?.loops === true : cell.ms >= SLOW_MS;
  }

  progress(next: NodeId, remaining: () => NodeId[]): void {
    const listener = this.onProgress;
    if (!listener) return;
    const cell = this.cellMap.get(next);
    if (!cell?.formula) return;
    const pending = (limit = Infinity): string[] => {
      const out = [this.label(cell)];
      for (const id of remaining()) {
        if (out.length >= limit) break;
        const c = this.cellMap.get(id);
        if (c?.formula) out.push(this.label(c));
      }
      return out;
    };
    listener({ cell: this.label(cell), slow: this.slow(next), pending }, this);
  }

  compute(id: NodeId): boolean {
    const cell = this.cellMap.get(id);
    if (!cell) return true; // a name or the backward hub: a relay, changed whenever recomputed
    cell.roots = NO_ROOTS;
    cell.droppedHistory = false;
    let next = cell.constant;
    let holds = 0;
    if (cell.formula !== null) {
      const label = this.label(cell);
      const prevCell = setCurrentCell(label);
      const started = Date.now();
      try {
        // The compiled formula is shared and kept. A runtime is made per computation, not kept on the cell:
        // on a sheet of a million cells, a million kept runtimes cost the garbage collector a second.
        cell.formula.compiled ??= compileFormula(cell.formula.ast);
        const rt = new CellRuntime(this, cell, label);
        if (cell.env.sheet !== cell.sheet.name) cell.env = { ...cell.env, sheet: cell.sheet.name };
        next = metered(this.memory, started, runCellIn, rt, cell);
        holds = meteredCost();
      } catch (e) {
        // A bug of ours or an exhausted engine (its stack) fails this cell only; the others compute.
        next = errors.unexpected(e);
        cell.roots = NO_ROOTS;
      } finally {
        setCurrentCell(prevCell);
        // An integer, so the field holds a small integer and not a boxed double per cell.
        cell.ms = (Date.now() - started) | 0;
      }
    }
    // A constant error (a #PARSE! input) begins in its own cell too, so its readers can name it.
    if (isError(next)) next = withOrigin(next, this.label(cell));
    if (sameValue(cell.value, next)) return false;
    this.memory.held += holds - cell.holds;
    cell.holds = holds;
    cell.value = next;
    this.changed.add(cell);
    return true;
  }

  cycle(ids: readonly NodeId[]): void {
    const cells = ids.map((id) => this.cellMap.get(id)).filter((c): c is Cell => c !== undefined);
    const labels = cells.map((c) => this.label(c));
    const shown = labels.length > 8 ? [...labels.slice(0, 8), `… ${labels.length} cells in all`] : labels;
    for (const c of cells) {
      c.roots = NO_ROOTS;
      this.memory.held -= c.holds;
      c.holds = 0;
      c.value = withOrigin(errors.cycle(shown), this.label(c));
      this.changed.add(c);
    }
  }

  // ---- internals ----

  /** `Sheet1!A1`; kept on the cell (recalculation asks for it on every compute) until its sheet is renamed. */
  label(c: Cell): string {
    if (c.labelFor !== c.sheet.name) {
      c.label = `${c.sheet.name}!${cellName(c.col, c.row)}`;
      c.labelFor = c.sheet.name;
    }
    return c.label;
  }

  /** A cell from a reference as a formula writes it, or a label as `get` prints it (`My sheet!A1`). */
  private locate(ref: string): { sheet: Sheet; col: number; row: number } | CellError {
    // A label (the sheet name unquoted: everything before the last "!") first: the command line reads every
    // cell by its label, and a label needs no formula parser.
    const bang = ref.lastIndexOf('!');
    let sheet = bang > 0 ? this.sheetNamed(ref.slice(0, bang)) : undefined;
    let parsed = sheet ? parseRef(ref.slice(bang + 1)) : null;
    if (parsed?.kind !== 'cell') {
      sheet = undefined;
      parsed = parseRef(ref);
    }
    if (parsed === null || parsed.kind !== 'cell') return errors.ref(`"${ref}" is not a cell reference`);
    sheet ??= parsed.at.sheet === null ? this.sheetList[0] : this.sheetNamed(parsed.at.sheet);
    if (!sheet) return errors.ref(`no sheet named "${parsed.at.sheet}"`);
    return { sheet, col: parsed.at.col, row: parsed.at.row };
  }

  private cellFor(ref: string): Cell {
    const at = this.locate(ref);
    if (isError(at)) throw new Error(at.message);
    return this.cellAt(at.sheet, at.col, at.row);
  }

  /** The cell record at an address, created empty if it is not there yet. */
  cellAt(sheet: Sheet, col: number, row: number): Cell {
    const key = addressKey(col, row);
    let c = sheet.cells.get(key);
    if (!c) {
      const id = this.nextCellId++;
      c = { id, sheet, col, row, input: '', extra: null, formula: null, constant: EMPTY, value: EMPTY, roots: NO_ROOTS, declaresBackward: false, label: '', labelFor: null, env: this.homeOf(sheet), ms: null, holds: 0, droppedHistory: false };
      this.cellMap.set(id, c);
      sheet.cells.set(key, c);
      this.largeRanges.cellMade(sheet.uid, c);
    }
    return c;
  }

  private findCell(sheet: Sheet, col: number, row: number): Cell | undefined {
    return sheet.cells.get(addressKey(col, row));
  }

  private assign(cell: Cell, entry: CellEntry): void {
    const input = cellInput(entry);
    cell.input = input;
    if (typeof entry === 'string') cell.extra = null;
    else {
      const { input: _drop, ...rest } = entry;
      cell.extra = Object.keys(rest).length ? rest : null;
    }
    const compiled = compileInput(input, cell);
    const placed = compiled.kind === 'formula' ? compiled.placed : null;
    cell.formula = placed?.formula ?? null;
    const dc = placed?.dc ?? 0;
    const dr = placed?.dr ?? 0;
    cell.env = dc === 0 && dr === 0 ? this.homeOf(cell.sheet) : { sheet: cell.sheet.name, dc, dr, scope: null };
    cell.constant = compiled.kind === 'constant' ? compiled.value : EMPTY;
    cell.ms = null;
  }

  private homeOf(sheet: Sheet): Env {
    if (sheet.home?.sheet !== sheet.name) sheet.home = { sheet: sheet.name, dc: 0, dr: 0, scope: null };
    return sheet.home;
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

  private addressCells(at: CellAddress, from: Origin, out: NodeId[]): void {
    const sheet = this.sheetNamed(at.sheet ?? from.sheet);
    const col = placedCol(at, from);
    const row = placedRow(at, from);
    if (sheet && inGrid({ col, row })) out.push(this.cellAt(sheet, col, row).id);
  }

  private rangeCells(start: CellAddress, end: CellAddress, from: Origin, out: NodeId[]): void {
    const sheet = this.sheetNamed(start.sheet ?? from.sheet);
    const placed = placedRange(start, end, from);
    if (!sheet || placed === null) return;
    const { r0, r1, c0, c1 } = placed;
    // A range past the element limit evaluates to #LIMIT!; it gets no edges rather than millions.
    const area = (r1 - r0 + 1) * (c1 - c0 + 1);
    if (area > 1_000_000) return;
    if (area > LARGE_RANGE) {
      out.push(this.largeRanges.nodeFor(sheet.uid, placed, () => sheet.cells.values()));
      return;
    }
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(this.cellAt(sheet, c, r).id);
  }

  private wireName(key: string, id: NodeId): void {
    const reads: NodeId[] = [];
    const target = this.nameTargets.get(key)?.target;
    const ref = target === undefined ? null : parseRef(target);
    const from: Origin = { sheet: this.sheetList[0].name, dc: 0, dr: 0 };
    if (ref?.kind === 'cell') this.addressCells(ref.at, from, reads);
    else if (ref?.kind === 'range') this.rangeCells(ref.start, ref.end, from, reads);
    this.graph.setPrecedents(id, reads);
  }

  /** Replaces a cell's edges from its formula; returns whether the set of backward roots changed. */
  private wire(cell: Cell): boolean {
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

  private recalculate(dirty: Iterable<NodeId>): RecalcStats {
    this.rangeValues.clear();
    try {
      return recalc(this.graph, dirty, this);
    } finally {
      this.rangeValues.clear();
    }
  }

  /** Rewires every cell and name and recomputes everything (loading, sheet changes, a new seed). */
  private rebuild(): void {
    for (const s of this.sheetList) this.largeRanges.rewire(s.uid, () => s.cells.values());
    for (const [key, id] of this.nameNodes) this.wireName(key, id);
    for (const key of this.nameTargets.keys()) this.nameNode(key);
    for (const cell of [...this.cellMap.values()]) this.wire(cell);
    this.lastRecalc = this.recalculate([...this.cellMap.keys(), ...this.nameNodes.values(), HUB]);
  }
}
