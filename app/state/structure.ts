// Owns workbook-wide edits that move cells: inserting and deleting rows and columns, and cut and paste.
// Cells move with their extras (slider, format, note), and every formula, name and chart that pointed at
// them follows, by Excel's rules (formula/ref-shift.ts); references to cells that are gone become #REF!.

import { cellName, inGrid, parseRef } from '../../formula/address';
import { type Move, type Rect, type Structural, moveInput, restructureInput } from '../../formula/ref-shift';
import { type CellEntry, type ChartFile, type SheetFile, type WorkbookFile, cellInput } from '../../storage/format';
import { shiftColumnWidths } from './column-widths';

type Cells = Record<string, CellEntry>;

/** Rows or columns inserted or deleted on `change.sheet`; the cells of a deleted band are gone. */
export function restructureWorkbook(doc: WorkbookFile, change: Structural): WorkbookFile {
  if (change.count <= 0 || !doc.sheets.some((s) => s.name === change.sheet)) return doc;
  const rewrite = (input: string, home: string) => restructureInput(input, home, change);
  return {
    ...doc,
    sheets: doc.sheets.map((s) => {
      const cells = rewriteFormulas(s.cells, (input) => rewrite(input, s.name));
      return s.name === change.sheet
        ? withWidths({ ...s, cells: rekey(cells, (a) => movedAddress(a, change)) }, shiftColumnWidths(s.colWidths, change))
        : { ...s, cells };
    }),
    names: rewriteNames(doc, (input, home) => rewrite(input, home)),
    charts: rewriteCharts(doc.charts, (input, home) => rewrite(input, home)),
  };
}

/**
 * Cut and paste: the cells of `from` on `sheet` move to `toSheet` with their top-left corner at `to`,
 * replacing what was there. References anywhere to the moved cells follow them (Excel); the moved
 * formulas keep their own references, except those into the block, which follow too.
 */
export function moveCells(doc: WorkbookFile, sheet: string, from: Rect, toSheet: string, to: { col: number; row: number }): WorkbookFile {
  if (!doc.sheets.some((s) => s.name === sheet) || !doc.sheets.some((s) => s.name === toSheet)) return doc;
  const move: Move = { sheet, from, toSheet, to };
  const dc = to.col - from.left;
  const dr = to.row - from.top;
  const dest: Rect = { top: from.top + dr, bottom: from.bottom + dr, left: from.left + dc, right: from.right + dc };
  const source = doc.sheets.find((s) => s.name === sheet)!;
  const moved: Cells = {};
  for (const [key, entry] of Object.entries(source.cells)) {
    const a = addressOf(key);
    if (a && inRect(a, from) && inGrid({ col: a.col + dc, row: a.row + dr }))
      moved[cellName(a.col + dc, a.row + dr)] = withEntryInput(entry, moveInput(cellInput(entry), sheet, move, toSheet));
  }
  return {
    ...doc,
    sheets: doc.sheets.map((s) => {
      let cells = rewriteFormulas(s.cells, (input) => moveInput(input, s.name, move));
      if (s.name === sheet) cells = dropWhere(cells, (a) => inRect(a, from));
      if (s.name === toSheet) cells = { ...dropWhere(cells, (a) => inRect(a, dest)), ...moved };
      return cells === s.cells ? s : { ...s, cells };
    }),
    names: rewriteNames(doc, (input, home) => moveInput(input, home, move)),
    charts: rewriteCharts(doc.charts, (input, home) => moveInput(input, home, move)),
  };
}

function withWidths(sheet: SheetFile, colWidths: Record<string, number> | undefined): SheetFile {
  const { colWidths: _old, ...rest } = sheet;
  return colWidths ? { ...rest, colWidths } : rest;
}

type RewriteInput = (input: string, home: string) => string;

function rewriteFormulas(cells: Cells, rewrite: (input: string) => string): Cells {
  let out = cells;
  for (const [key, entry] of Object.entries(cells)) {
    const input = cellInput(entry);
    const next = rewrite(input);
    if (next !== input) {
      if (out === cells) out = { ...cells };
      out[key] = withEntryInput(entry, next);
    }
  }
  return out;
}

function withEntryInput(entry: CellEntry, input: string): CellEntry {
  return typeof entry === 'string' ? input : { ...entry, input };
}

/**
 * A name whose cells were deleted keeps its name and points at `#REF!`, as in Excel: the file's names map
 * holds text, a cell reading the name shows #REF! ("points at a deleted cell"), and the user sees which
 * names broke instead of losing them. A name without a sheet means the first sheet (as the engine reads it).
 */
function rewriteNames(doc: WorkbookFile, rewrite: RewriteInput): WorkbookFile['names'] {
  const home = doc.sheets[0].name;
  let changed = false;
  const names = Object.fromEntries(
    Object.entries(doc.names).map(([name, target]) => {
      const next = parseRef(target) === null ? target : rewrite(`=${target}`, home).slice(1);
      changed ||= next !== target;
      return [name, next];
    }),
  );
  return changed ? names : doc.names;
}

/** Chart references follow their cells; a deleted series leaves its chart, and a chart whose x is deleted goes. */
function rewriteCharts(charts: ChartFile[], rewrite: RewriteInput): ChartFile[] {
  const follow = (ref: string, home: string): string | null => {
    if (parseRef(ref)?.kind !== 'cell') return ref;
    const next = rewrite(`=${ref.trim()}`, home).slice(1);
    return next === '#REF!' ? null : next === ref.trim() ? ref : next;
  };
  return charts.flatMap((c) => {
    const x = follow(c.x, c.sheet);
    if (x === null) return [];
    const y = c.y.map((r) => follow(r, c.sheet)).filter((r): r is string => r !== null);
    return [x === c.x && y.length === c.y.length && y.every((r, i) => r === c.y[i]) ? c : { ...c, x, y }];
  });
}

interface At {
  col: number;
  row: number;
}

function addressOf(key: string): At | null {
  const p = parseRef(key);
  return p?.kind === 'cell' ? { col: p.at.col, row: p.at.row } : null;
}

const inRect = (a: At, r: Rect): boolean => a.row >= r.top && a.row <= r.bottom && a.col >= r.left && a.col <= r.right;

/** Where a cell goes when rows or columns are inserted or deleted; null when it is deleted or pushed off the grid. */
function movedAddress(a: At, { axis, kind, at, count }: Structural): At | null {
  const v = axis === 'row' ? a.row : a.col;
  let next = v;
  if (kind === 'insert' && v >= at) next = v + count;
  else if (kind === 'delete' && v >= at + count) next = v - count;
  else if (kind === 'delete' && v >= at) return null;
  const to = axis === 'row' ? { ...a, row: next } : { ...a, col: next };
  return inGrid(to) ? to : null;
}

function rekey(cells: Cells, place: (a: At) => At | null): Cells {
  const out: Cells = {};
  for (const [key, entry] of Object.entries(cells)) {
    const a = addressOf(key);
    const to = a === null ? null : place(a);
    if (to !== null) out[cellName(to.col, to.row)] = entry;
  }
  return out;
}

function dropWhere(cells: Cells, drop: (a: At) => boolean): Cells {
  const out: Cells = {};
  for (const [key, entry] of Object.entries(cells)) {
    const a = addressOf(key);
    if (a === null || !drop(a)) out[key] = entry;
  }
  return out;
}
