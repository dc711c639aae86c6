// Owns a change to the app's document as data (storage/journal.ts's BookChange) and applying it in place.
// An edit's change and its inverse are made from the edit itself, never found by diffing, and applying
// one writes into the sheet's cells object instead of copying it: a keystroke in a million-cell sheet
// costs that cell, not a copy of a million (issue 10). The store is the only holder of its document's
// cells objects (undo keeps changes, not documents), which is what makes writing in place safe.

import { type BookChange, diffBooks } from '../../storage/journal';
import { type CellEntry, type WorkbookFile, cellInput } from '../../storage/format';
import { noteEntryChange } from './cell-index';

type Cells = Record<string, CellEntry>;

/** One undoable step: the change it made and the change that takes it back. */
export interface Step {
  forward: BookChange;
  backward: BookChange;
}

/** What the engine is told of a change: nothing, the cell inputs it changed, or the whole workbook again. */
export type EngineChange = { kind: 'none' } | { kind: 'edits'; edits: [string, string][] } | { kind: 'reload' };

/** Cells objects the store may write into: those it made, and those its opener handed over (adopt). */
const owned = new WeakSet<Cells>();

/** Hands a document's cells objects to the store: nobody else keeps them, so edits may write into them. */
export function adopt(doc: WorkbookFile): void {
  for (const s of doc.sheets) owned.add(s.cells);
}

/** `cells`, or a copy of it the first time a document someone else may hold is written (e.g. an example's). */
function writable(cells: Cells): Cells {
  if (owned.has(cells)) return cells;
  const copy = { ...cells };
  owned.add(copy);
  return copy;
}

/**
 * The step that sets cells' inputs (labels `Sheet1!A1`; a later edit of a cell wins; extras such as a
 * slider are kept), with the edits that change an input; null when none does.
 */
export function inputsStep(
  doc: WorkbookFile,
  edits: readonly (readonly [string, string])[],
): { step: Step; changed: [string, string][] } | null {
  const bySheet = new Map<string, Map<string, string>>();
  for (const [label, input] of edits) {
    const bang = label.lastIndexOf('!');
    const sheet = label.slice(0, bang);
    let cells = bySheet.get(sheet);
    if (!cells) bySheet.set(sheet, (cells = new Map<string, string>()));
    cells.set(label.slice(bang + 1), input);
  }
  const forward: NonNullable<BookChange['cells']> = [];
  const backward: NonNullable<BookChange['cells']> = [];
  const changed: [string, string][] = [];
  for (const s of doc.sheets) {
    const wanted = bySheet.get(s.name);
    if (!wanted) continue;
    for (const [cell, input] of wanted) {
      const prev = Object.hasOwn(s.cells, cell) ? s.cells[cell] : undefined;
      if ((prev === undefined ? '' : cellInput(prev)) === input) continue;
      // Objects stay objects (an emptied one keeps its format), texts stay texts or go.
      const next = prev !== undefined && typeof prev !== 'string' ? { ...prev, input } : input === '' ? null : input;
      forward.push([s.name, cell, next]);
      backward.push([s.name, cell, prev ?? null]);
      changed.push([`${s.name}!${cell}`, input]);
    }
  }
  return changed.length ? { step: { forward: { cells: forward }, backward: { cells: backward } }, changed } : null;
}

/** The step from `before` to `after`, for an action that builds a new document (sheets, names, structure). */
export function docStep(before: WorkbookFile, after: WorkbookFile): Step {
  return { forward: diffBooks(before, after) ?? {}, backward: diffBooks(after, before) ?? {} };
}

/** `doc`'s sheets, names, charts and seed with `change` applied, writing cells in place; a new document object. */
export function applyInPlace(doc: WorkbookFile, change: BookChange): WorkbookFile {
  let sheets = doc.sheets;
  if (change.sheets) {
    sheets = change.sheets.map((p) => {
      const from = p.from === null ? undefined : doc.sheets.find((s) => s.name === p.from);
      if (p.from !== null && !from) throw new Error(`a change names a sheet "${p.from}" the document does not have`);
      return { name: p.name, cells: from?.cells ?? {}, ...(p.colWidths ? { colWidths: p.colWidths } : {}) };
    });
  }
  if (change.cells) sheets = writeCells(sheets, change.cells);
  const next: WorkbookFile = { ...doc, sheets };
  if (change.names) next.names = change.names;
  if (change.charts) next.charts = change.charts;
  if (change.seed !== undefined) next.seed = change.seed;
  return next;
}

function writeCells(sheets: WorkbookFile['sheets'], cells: NonNullable<BookChange['cells']>): WorkbookFile['sheets'] {
  const written = new Map<string, Cells>();
  for (const [sheet, key, entry] of cells) {
    let target = written.get(sheet);
    if (!target) {
      const s = sheets.find((x) => x.name === sheet);
      if (!s) throw new Error(`a change names a sheet "${sheet}" the document does not have`);
      written.set(sheet, (target = writable(s.cells)));
    }
    const prev = Object.hasOwn(target, key) ? target[key] : undefined;
    if (entry === null) delete target[key];
    // defineProperty only where assignment would set the prototype (it is several times slower).
    else if (key === '__proto__')
      Object.defineProperty(target, key, { value: entry, enumerable: true, writable: true, configurable: true });
    else target[key] = entry;
    noteEntryChange(target, key, prev, entry ?? undefined);
  }
  return sheets.map((s) => (written.has(s.name) ? { ...s, cells: written.get(s.name)! } : s));
}

/** Owns the cells objects `after` has and `before` did not: the action that built them holds them no more. */
export function adoptNew(before: WorkbookFile, after: WorkbookFile): void {
  for (const s of after.sheets) if (!before.sheets.some((b) => b.cells === s.cells)) owned.add(s.cells);
}

/**
 * What the engine must hear of `change` applied to `doc` (read before it applies): the whole workbook when
 * sheets were added, removed, renamed or moved, or the names or seed changed; else the inputs it changed.
 */
export function engineChange(doc: WorkbookFile, change: BookChange): EngineChange {
  const names = change.sheets?.map((s) => s.name);
  const relaid = names !== undefined && (names.length !== doc.sheets.length || names.some((n, i) => n !== doc.sheets[i].name));
  const renamed = change.names !== undefined && JSON.stringify(change.names) !== JSON.stringify(doc.names);
  if (relaid || renamed || (change.seed !== undefined && change.seed !== doc.seed)) return { kind: 'reload' };
  const edits: [string, string][] = [];
  const sheets = new Map(doc.sheets.map((s) => [s.name, s.cells]));
  for (const [sheet, key, entry] of change.cells ?? []) {
    const cells = sheets.get(sheet);
    const prev = cells && Object.hasOwn(cells, key) ? cellInput(cells[key]) : '';
    const next = entry === null ? '' : cellInput(entry);
    if (next !== prev) edits.push([`${sheet}!${key}`, next]);
  }
  return edits.length ? { kind: 'edits', edits } : { kind: 'none' };
}
