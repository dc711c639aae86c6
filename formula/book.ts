// Owns the headless workbook's public API (SPEC §9 and the queries the app and the command line
// make): edits, reads, names, sheets and the file. The parts it delegates to: cell-records.ts (sheets,
// cells, names), wiring.ts (the dependency graph), cell-compute.ts (computing cells in a recalculation).

import { type CellError, cellError, errors, isError } from '../engine/errors';
import type { NodeId } from '../engine/graph';
import { recalc, type RecalcStats } from '../engine/recalc';
import type { CellValue } from '../engine/value';
import { type CellEntry, type ChartFile, CURRENT_VERSION, FORMAT, type WorkbookFile, readWorkbook } from '../storage/format';
import { cellName, isAllowedName, parseRef } from './address';
import { type CellJSON, cellJSON } from './cell-json';
import { CellComputer, type RecalcProgress } from './cell-compute';
import { type Cell, CellRecords } from './cell-records';
import type { BackwardRoot } from './runtime';
import { HUB, Wiring } from './wiring';

export type { RecalcProgress } from './cell-compute';

/** Listens to a workbook's recalculations; it gets the workbook, so it can take what changed so far. */
export type ProgressListener = (progress: RecalcProgress, book: Workbook) => void;

/** Thrown by `Workbook.fromJSON` for a file that is not a valid workbook; the message says why. */
export class WorkbookFormatError extends Error {}

export class Workbook {
  readonly #records: CellRecords;
  readonly #wiring: Wiring;
  readonly #computer: CellComputer;
  #seed: number;
  #charts: ChartFile[] = [];
  /** The workbook's name as its file carries it (SPEC §7), kept so toJSON gives it back. */
  #bookName: string | undefined;
  #onProgress: ProgressListener | null = null;
  /** What the last edit recomputed (tests count it; the app may show it). */
  lastRecalc: RecalcStats = { computed: 0, skipped: 0, cyclic: 0 };

  constructor(seed = 0) {
    this.#seed = seed;
    let nextId = 1;
    const newId = (): NodeId => nextId++;
    // The records tell the wiring of each new cell, so a large range wired before it reads it too.
    this.#records = new CellRecords(newId, (sheet, cell) => this.#wiring.largeRanges.cellMade(sheet.uid, cell));
    this.#wiring = new Wiring(this.#records, newId);
    this.#computer = new CellComputer(this.#records, this.#wiring, () => this.#seed);
    this.#records.addSheet('Sheet1');
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
    const records = book.#records;
    records.sheets.length = 0;
    const sheets = file.sheets.map((s) => records.addSheet(s.name));
    for (const [name, target] of Object.entries(file.names)) records.names.set(name.toLowerCase(), { name, target });
    book.#charts = file.charts.map((c) => ({ ...c }));
    book.#bookName = file.name;
    file.sheets.forEach((s, i) => {
      // Object.keys, not Object.entries: on a sheet of a million cells the pairs alone cost a second.
      for (const key of Object.keys(s.cells)) {
        const at = parseRef(key)!;
        if (at.kind !== 'cell') continue;
        records.assign(records.cellAt(sheets[i], at.at.col, at.at.row), s.cells[key]);
      }
    });
    for (const ref of cancelled) cancel(records.cellFor(ref));
    book.#rebuild();
    return book;
  }

  get seed(): number {
    return this.#seed;
  }

  /** What the cells' values hold against the memory budget, in element-equivalents (8 bytes each). */
  get memoryHeld(): number {
    return this.#computer.memory.held;
  }

  /** Told before each formula cell a recalculation computes (the app publishes partial results from it). */
  get onProgress(): ProgressListener | null {
    return this.#onProgress;
  }

  set onProgress(listener: ProgressListener | null) {
    this.#onProgress = listener;
    this.#computer.onProgress = listener && ((p) => listener(p, this));
  }

  /** Sets a cell's input as a user would type it and recalculates what depends on it. */
  set(ref: string, input: string): void {
    this.setMany([[ref, input]]);
  }

  /** Several edits, one recalculation (the app commits one frame's edits this way). */
  setMany(edits: readonly (readonly [string, string])[]): void {
    const dirty: NodeId[] = [];
    for (const [ref, input] of edits) {
      const cell = this.#records.cellFor(ref);
      this.#records.assign(cell, input);
      if (this.#wiring.wireCell(cell)) dirty.push(HUB);
      dirty.push(cell.id, ...this.#wiring.droppedUpstream(cell));
    }
    this.lastRecalc = this.#recalculate(dirty);
  }

  /**
   * Holds cells at the given values without changing their inputs, and recalculates what depends on them (the
   * app's Train panel shows the parameters being trained this way). An edit of a held cell changes its input,
   * not its value, until `release`. A label that names no cell is an error, and then nothing is held.
   */
  hold(cells: readonly (readonly [string, CellValue])[]): CellError | null {
    const found: [Cell, CellValue][] = [];
    for (const [ref, value] of cells) {
      const at = this.#records.locate(ref);
      if (isError(at)) return at;
      found.push([this.#records.cellAt(at.sheet, at.col, at.row), value]);
    }
    for (const [cell, value] of found) this.#computer.held.set(cell, value);
    this.lastRecalc = this.#recalculate(found.map(([cell]) => cell.id));
    return null;
  }

  /** Ends the holds of `labels` (every hold when omitted): each shows what its input gives again. */
  release(labels?: readonly string[]): void {
    const held = this.#computer.held;
    const cells = labels === undefined ? [...held.keys()] : labels.map((l) => this.#records.existing(l)).filter((c) => c !== undefined);
    const ended = cells.filter((c) => held.delete(c));
    if (ended.length > 0) this.lastRecalc = this.#recalculate(ended.map((c) => c.id));
  }

  /** The labels of the cells `hold` holds. */
  heldCells(): string[] {
    return [...this.#computer.held.keys()].map((c) => this.#records.label(c));
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
    const at = this.#records.locate(ref);
    if (isError(at)) return at;
    return this.#records.valueAt(at.sheet, at.col, at.row);
  }

  /** The cell's input as typed ('' for an empty cell or a reference that names none). */
  input(ref: string): string {
    return this.#records.existing(ref)?.input ?? '';
  }

  /** Labels (`Sheet1!A1`) of every cell with an input, sheet by sheet, in row-major order. */
  cellLabels(): string[] {
    return this.#records.withInput().map((c) => this.#records.label(c));
  }

  /** Every cell with an input and its value, in cellLabels' order: `value` of each label, without reading labels. */
  *cellValues(): IterableIterator<[label: string, value: CellValue]> {
    for (const c of this.#records.withInput()) yield [this.#records.label(c), c.value];
  }

  /** Names a cell or range (`Sheet1!B1`, `Sheet1!A1:B2`), or removes the name with null. */
  setName(name: string, target: string | null): CellError | null {
    if (!isAllowedName(name)) {
      return errors.value('name', `"${name}" is not a valid name: use letters, digits and _, and do not make it look like a cell`);
    }
    const key = name.toLowerCase();
    if (target === null) this.#records.names.delete(key);
    else {
      if (parseRef(target) === null) return errors.ref(`"${target}" is not a cell or range`);
      this.#records.names.set(key, { name, target });
    }
    this.lastRecalc = this.#recalculate([this.#wiring.rewireName(key)]);
    return null;
  }

  /** The names as the user spelled them. */
  nameList(): string[] {
    return [...this.#records.names.values()].map((n) => n.name);
  }

  /** Each name (as spelled) and its target. */
  names(): Record<string, string> {
    return Object.fromEntries([...this.#records.names.values()].map((n) => [n.name, n.target]));
  }

  sheets(): string[] {
    return this.#records.sheets.map((s) => s.name);
  }

  addSheet(name: string): void {
    if (this.#records.sheetNamed(name)) throw new Error(`a sheet named "${name}" exists`);
    this.#records.addSheet(name);
    this.#rebuild();
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.#records.sheetNamed(from);
    if (!sheet) throw new Error(`no sheet named "${from}"`);
    const other = this.#records.sheetNamed(to);
    if (other && other !== sheet) throw new Error(`a sheet named "${to}" exists`);
    sheet.name = to;
    this.#rebuild();
  }

  /** Removes a sheet: references to it become #REF!. */
  removeSheet(name: string): void {
    const sheet = this.#records.sheetNamed(name);
    if (!sheet || this.#records.sheets.length === 1) throw new Error(`cannot remove sheet "${name}"`);
    this.#wiring.largeRanges.dropSheet(sheet.uid);
    for (const c of this.#records.removeSheet(sheet)) {
      this.#computer.forget(c);
      this.#wiring.unwire(c);
    }
    this.#rebuild();
  }

  /** Re-rolls every random cell: a new workbook seed. */
  setSeed(seed: number): void {
    this.#seed = seed;
    this.#rebuild();
  }

  toJSON(): WorkbookFile {
    const sheets = this.#records.sheets.map((s) => ({ name: s.name, cells: {} as Record<string, CellEntry> }));
    const bySheet = new Map(this.#records.sheets.map((s, i) => [s, sheets[i].cells]));
    for (const c of this.#records.withInput())
      bySheet.get(c.sheet)![cellName(c.col, c.row)] = c.extra ? { ...c.extra, input: c.input } : c.input;
    const name = this.#bookName === undefined ? {} : { name: this.#bookName };
    return {
      format: FORMAT,
      version: CURRENT_VERSION,
      ...name,
      seed: this.#seed,
      sheets,
      names: this.names(),
      charts: this.#charts.map((c) => ({ ...c })),
    };
  }

  /** Each backward(y, v) call in the workbook with the cell that made it, in the order `x.grad` sums them. */
  backwardRoots(): { label: string; root: BackwardRoot }[] {
    return this.#wiring.backwardCells().flatMap((c) => c.roots.map((root) => ({ label: this.#records.label(c), root })));
  }

  /** The cells a cell reads (through names too) and the cells that read it, as labels. */
  links(ref: string): { precedents: string[]; dependents: string[] } {
    const cell = this.#records.existing(ref);
    if (!cell) return { precedents: [], dependents: [] };
    const { precedents, dependents } = this.#wiring.links(cell);
    const label = (c: Cell): string => this.#records.label(c);
    return { precedents: precedents.map(label), dependents: dependents.map(label) };
  }

  /** The cells whose value changed since the last call, each with its label and value. */
  takeChanged(): [label: string, value: CellValue][] {
    return this.#computer.takeChanged();
  }

  #recalculate(dirty: Iterable<NodeId>): RecalcStats {
    const ranges = this.#computer.rangeValues;
    ranges.clear();
    try {
      return recalc(this.#wiring.graph, dirty, this.#computer);
    } finally {
      ranges.clear();
    }
  }

  /** Rewires every cell and name and recomputes everything (loading, sheet changes, a new seed). */
  #rebuild(): void {
    this.lastRecalc = this.#recalculate(this.#wiring.rewireAll());
  }
}

/** A cell the user stopped: it is not evaluated until edited. */
function cancel(cell: Cell): void {
  cell.formula = null;
  cell.constant = cellError('#LOOP!', 'stopped by the user before it finished; edit the cell to run it again');
}
