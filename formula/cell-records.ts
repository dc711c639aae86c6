// Owns the workbook's records: sheets, the cell records on them (made when first written or referred
// to), names and their targets, each cell's label, and finding a cell from a reference or a label.

import { type CellError, errors, isError } from '../engine/errors';
import type { NodeId } from '../engine/graph';
import { type CellValue, EMPTY } from '../engine/value';
import { type CellEntry, cellInput } from '../storage/format';
import { MAX_COLS, cellName, parseRef } from './address';
import type { Env } from './scope';
import { compileInput } from './input';
import type { SharedFormula } from './parse-cache';
import type { BackwardRoot } from './runtime';

export interface Sheet {
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

/** A cell's place, found from a reference or a label. */
export interface Located {
  readonly sheet: Sheet;
  readonly col: number;
  readonly row: number;
}

/** Most cells declare no backward root: they share this empty list (a million cells would hold a million). */
export const NO_ROOTS: readonly BackwardRoot[] = Object.freeze([]);

const addressKey = (col: number, row: number): number => row * MAX_COLS + col;

export class CellRecords {
  readonly sheets: Sheet[] = [];
  /** Every cell record by its node id. */
  readonly byId = new Map<NodeId, Cell>();
  /** Names by their lower-cased spelling, with the spelling the user gave. */
  readonly names = new Map<string, { name: string; target: string }>();
  private nextSheetUid = 1;

  constructor(
    /** Node ids are shared with the dependency graph's other nodes (large ranges). */
    private readonly newId: () => NodeId,
    /** Told of each cell record as it is made (a large range already wired must read it). */
    private readonly cellMade: (sheet: Sheet, cell: Cell) => void,
  ) {}

  addSheet(name: string): Sheet {
    const sheet: Sheet = { uid: this.nextSheetUid++, name, cells: new Map(), home: null };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Forgets a sheet and its cells; returns the cells it held. */
  removeSheet(sheet: Sheet): Cell[] {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const gone = [...sheet.cells.values()];
    for (const c of gone) this.byId.delete(c.id);
    return gone;
  }

  sheetNamed(name: string): Sheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** The cell record at an address, created empty if it is not there yet. */
  cellAt(sheet: Sheet, col: number, row: number): Cell {
    const key = addressKey(col, row);
    let c = sheet.cells.get(key);
    if (!c) {
      c = {
        id: this.newId(),
        sheet,
        col,
        row,
        input: '',
        extra: null,
        formula: null,
        constant: EMPTY,
        value: EMPTY,
        roots: NO_ROOTS,
        declaresBackward: false,
        label: '',
        labelFor: null,
        env: this.homeOf(sheet),
        ms: null,
        holds: 0,
        droppedHistory: false,
      };
      this.byId.set(c.id, c);
      sheet.cells.set(key, c);
      this.cellMade(sheet, c);
    }
    return c;
  }

  find(sheet: Sheet, col: number, row: number): Cell | undefined {
    return sheet.cells.get(addressKey(col, row));
  }

  valueAt(sheet: Sheet, col: number, row: number): CellValue {
    return this.find(sheet, col, row)?.value ?? EMPTY;
  }

  /** `Sheet1!A1`; kept on the cell (recalculation asks for it on every compute) until its sheet is renamed. */
  label(c: Cell): string {
    if (c.labelFor !== c.sheet.name) {
      c.label = `${c.sheet.name}!${cellName(c.col, c.row)}`;
      c.labelFor = c.sheet.name;
    }
    return c.label;
  }

  /** A cell from a reference as a formula writes it, or a label as `get` prints it (`My sheet!A1`). */
  locate(ref: string): Located | CellError {
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
    sheet ??= parsed.at.sheet === null ? this.sheets[0] : this.sheetNamed(parsed.at.sheet);
    if (!sheet) return errors.ref(`no sheet named "${parsed.at.sheet}"`);
    return { sheet, col: parsed.at.col, row: parsed.at.row };
  }

  /** The record a reference names, made if need be; throws for a reference that names no cell (an edit's). */
  cellFor(ref: string): Cell {
    const at = this.locate(ref);
    if (isError(at)) throw new Error(at.message);
    return this.cellAt(at.sheet, at.col, at.row);
  }

  /** The record a reference names, if it exists. */
  existing(ref: string): Cell | undefined {
    const at = this.locate(ref);
    return isError(at) ? undefined : this.find(at.sheet, at.col, at.row);
  }

  /** Cells with an input, sheet by sheet, each sheet in row-major order. */
  withInput(): Cell[] {
    const order = new Map(this.sheets.map((s, i) => [s.uid, i]));
    const cells = [...this.byId.values()].filter((c) => c.input !== '');
    return cells.sort((a, b) => order.get(a.sheet.uid)! - order.get(b.sheet.uid)! || a.row - b.row || a.col - b.col);
  }

  /** Gives a cell the input a user typed or a file holds: compiled, its formula placed at the cell. */
  assign(cell: Cell, entry: CellEntry): void {
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

  /** The environment of a sheet's cells at no offset, remade when the sheet is renamed. */
  homeOf(sheet: Sheet): Env {
    if (sheet.home?.sheet !== sheet.name) sheet.home = { sheet: sheet.name, dc: 0, dr: 0, scope: null };
    return sheet.home;
  }

  nameTarget(name: string): string | undefined {
    return this.names.get(name.toLowerCase())?.target;
  }
}
