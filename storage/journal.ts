// Owns the write-ahead journal of a workbook, apart from IndexedDB: what one edit's record holds (the part of
// the document it changed), how a record is written as checked text, replaying the records a snapshot lacks,
// and which records a new snapshot makes redundant. A record that is damaged or cut short is skipped, never fatal.

import { type CellEntry, type SheetFile, type WorkbookFile, readWorkbook } from './format';

/** What one edit changed. Only the parts that changed are present; `cells` apply after `sheets`. */
export interface BookChange {
  /** The sheets in their new order, each naming the sheet its cells come from (null: a new, empty sheet). */
  sheets?: { name: string; from: string | null; colWidths?: Record<string, number> }[];
  names?: WorkbookFile['names'];
  charts?: WorkbookFile['charts'];
  seed?: number;
  /** Cells set, or removed (null), by sheet name (after `sheets` applies). */
  cells?: [sheet: string, key: string, entry: CellEntry | null][];
  /** The selection and sheet views at the time, so a replay shows where the user was. */
  ui?: WorkbookFile['ui'];
}

/** One journal record: edit `seq` of tab `writer`, made on top of revision `base` of the workbook. */
export interface JournalRecord {
  writer: string;
  seq: number;
  base: number;
  /** When it was written (ms since the epoch); records of several tabs replay in this order. */
  at: number;
  change: BookChange;
}

/** Where the snapshot stands in the journal: it holds every record of `writer` up to `seq`. */
export interface JournalMark {
  writer: string;
  seq: number;
}

const PREFIX = 'wal/';
/** The key range of a workbook's records. */
export const journalRange = (book: string): [string, string] => [`${PREFIX}${book}/`, `${PREFIX}${book}/\uffff`];
/** A record's key: by workbook, then tab, then sequence (zero-padded so keys sort as numbers). */
export const journalKey = (book: string, writer: string, seq: number): string =>
  `${PREFIX}${book}/${writer}/${String(seq).padStart(12, '0')}`;

/** The change from `before` to `after`, or null when the document itself did not change (a selection move). */
export function diffBooks(before: WorkbookFile, after: WorkbookFile): BookChange | null {
  const change: BookChange = {};
  if (before.seed !== after.seed) change.seed = after.seed;
  if (before.names !== after.names && !sameJson(before.names, after.names)) change.names = after.names;
  if (before.charts !== after.charts && !sameJson(before.charts, after.charts)) change.charts = after.charts;
  if (before.sheets !== after.sheets) {
    const sources = matchSheets(before.sheets, after.sheets);
    const relaid =
      after.sheets.length !== before.sheets.length ||
      after.sheets.some(
        (s, i) => sources[i] !== before.sheets[i] || s.name !== sources[i]?.name || !sameJson(s.colWidths, sources[i]?.colWidths),
      );
    if (relaid)
      change.sheets = after.sheets.map((s, i) => ({
        name: s.name,
        from: sources[i]?.name ?? null,
        ...(s.colWidths ? { colWidths: s.colWidths } : {}),
      }));
    const cells: NonNullable<BookChange['cells']> = [];
    after.sheets.forEach((s, i) => diffCells(s.name, sources[i]?.cells ?? {}, s.cells, cells));
    if (cells.length > 0) change.cells = cells;
  }
  if (Object.keys(change).length === 0) return null;
  if (after.ui) change.ui = after.ui;
  return change;
}

/**
 * Which sheet of `before` each sheet of `after` continues: the same object, else the same cells, else the same
 * name, else the sheet at the same place if nothing else claimed it (a rename that also rewrote formulas).
 */
function matchSheets(before: SheetFile[], after: SheetFile[]): (SheetFile | undefined)[] {
  const used = new Set<SheetFile>();
  const claim = (s: SheetFile | undefined) => (s && !used.has(s) ? (used.add(s), s) : undefined);
  const found = after.map((s) => claim(before.find((b) => b === s || b.cells === s.cells)));
  const named = found.map((f, i) => f ?? claim(before.find((b) => b.name === after[i].name)));
  return named.map((f, i) => f ?? (after.some((a) => a.name === before[i]?.name) ? undefined : claim(before[i])));
}

function diffCells(sheet: string, before: SheetFile['cells'], after: SheetFile['cells'], out: NonNullable<BookChange['cells']>): void {
  if (before === after) return;
  // for-in and counting rather than key arrays and hasOwn: this walk runs on every edit of a big sheet. Cell
  // objects are plain, with keys like A1 and entries never undefined, so `before[key]` is undefined exactly when absent.
  let common = 0;
  for (const key in after) {
    const x = before[key];
    if (x === undefined) out.push([sheet, key, after[key]]);
    else {
      common++;
      if (!sameEntry(x, after[key])) out.push([sheet, key, after[key]]);
    }
  }
  let size = 0;
  for (const _ in before) size++;
  if (size === common) return;
  for (const key in before) if (after[key] === undefined) out.push([sheet, key, null]);
}

const sameEntry = (x: CellEntry, y: CellEntry): boolean => x === y || (typeof x === 'object' && typeof y === 'object' && sameJson(x, y));
const sameJson = (x: unknown, y: unknown): boolean => x === y || JSON.stringify(x) === JSON.stringify(y);

/** `book` with `change` applied; throws when the change does not fit it (a sheet it names is not there). */
export function applyChange(book: WorkbookFile, change: BookChange): WorkbookFile {
  let sheets = book.sheets;
  if (change.sheets) {
    sheets = change.sheets.map((p) => {
      const from = p.from === null ? undefined : book.sheets.find((s) => s.name === p.from);
      if (p.from !== null && !from) throw new Error(`the journal names a sheet "${p.from}" the workbook does not have`);
      return { name: p.name, cells: from?.cells ?? {}, ...(p.colWidths ? { colWidths: p.colWidths } : {}) };
    });
  }
  if (change.cells) {
    const copies = new Map<string, SheetFile['cells']>();
    for (const [sheet, key, entry] of change.cells) {
      let cells = copies.get(sheet);
      if (!cells) {
        const s = sheets.find((x) => x.name === sheet);
        if (!s) throw new Error(`the journal names a sheet "${sheet}" the workbook does not have`);
        cells = { ...s.cells };
        copies.set(sheet, cells);
      }
      // defineProperty, not assignment: a key such as `__proto__` from damaged storage must stay a plain key (the read below refuses it).
      if (entry === null) delete cells[key];
      else Object.defineProperty(cells, key, { value: entry, enumerable: true, writable: true, configurable: true });
    }
    sheets = sheets.map((s) => (copies.has(s.name) ? { ...s, cells: copies.get(s.name)! } : s));
  }
  const next: WorkbookFile = { ...book, sheets };
  if (change.names) next.names = change.names;
  if (change.charts) next.charts = change.charts;
  if (change.seed !== undefined) next.seed = change.seed;
  if (change.ui) next.ui = change.ui;
  return next;
}

/** A record as stored: a checksum of its JSON, then the JSON, so a record cut mid-write is recognised. */
export function encodeRecord(record: JournalRecord): string {
  const json = JSON.stringify(record);
  return `${checksum(json)}:${json}`;
}

/** A stored record read back, or null when it is damaged, cut short or not one of ours. */
export function decodeRecord(text: unknown): JournalRecord | null {
  if (typeof text !== 'string') return null;
  const colon = text.indexOf(':');
  const json = text.slice(colon + 1);
  if (colon < 1 || text.slice(0, colon) !== checksum(json)) return null;
  let r: unknown;
  try {
    r = JSON.parse(json);
  } catch {
    return null;
  }
  const x = r as Partial<JournalRecord> | null;
  const ok =
    typeof x === 'object' &&
    x !== null &&
    typeof x.writer === 'string' &&
    Number.isSafeInteger(x.seq) &&
    Number.isSafeInteger(x.base) &&
    Number.isFinite(x.at) &&
    typeof x.change === 'object' &&
    x.change !== null;
  return ok ? (x as JournalRecord) : null;
}

/** FNV-1a over the UTF-16 code units, in hex: enough to catch a truncated or garbled record (not an attacker). */
function checksum(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

export interface ReplayOptions {
  /** The snapshot's revision: another tab's records count only if made on top of it. */
  rev: number;
  /** Where the snapshot stands in the journal (none: written before the journal, or by a new workbook). */
  mark?: JournalMark;
  /** Tabs still open: their edits are theirs to save, not to replay here. */
  live?: ReadonlySet<string>;
}

export interface Replay {
  book: WorkbookFile;
  /** Records applied. */
  applied: number;
  /** Records that could not be read or applied (skipped). */
  damaged: number;
}

/** The snapshot `book` with the records it lacks applied, oldest first; records it already holds or that are stale are left out. */
export function replayJournal(book: WorkbookFile, stored: unknown[], opts: ReplayOptions): Replay {
  let damaged = 0;
  const records: JournalRecord[] = [];
  for (const text of stored) {
    const r = decodeRecord(text);
    if (!r) damaged++;
    else if (!opts.live?.has(r.writer) && lacks(r, opts)) records.push(r);
  }
  records.sort((a, b) => a.at - b.at || (a.writer < b.writer ? -1 : a.writer > b.writer ? 1 : a.seq - b.seq));
  let next = book;
  let applied = 0;
  for (const r of records) {
    try {
      next = applyChange(next, r.change);
      applied++;
    } catch {
      damaged++;
    }
  }
  if (applied === 0) return { book, applied, damaged };
  // What the journal rebuilt is checked like any stored workbook; if it does not read, the snapshot opens as it is.
  const checked = readWorkbook(next);
  return checked.ok ? { book: checked.book, applied, damaged } : { book, applied: 0, damaged: damaged + applied };
}

/** Whether the snapshot at `opts` lacks record `r`: a later edit of the tab that saved it, or another tab's edit on top of it. */
const lacks = (r: JournalRecord, opts: ReplayOptions): boolean =>
  opts.mark && r.writer === opts.mark.writer ? r.seq > opts.mark.seq : r.base === opts.rev;

/**
 * The records a snapshot at revision `rev + 1` makes redundant, given the keys and stored texts of the workbook's
 * journal: `mark`'s own records up to its seq, every other tab's records made on revision `rev` or before (a tab
 * still editing on them has lost the race and keeps its edits in memory), and damaged records.
 */
export function redundantRecords(keys: string[], stored: unknown[], rev: number, mark: JournalMark | undefined): string[] {
  return keys.filter((_, i) => {
    const r = decodeRecord(stored[i]);
    if (!r) return true;
    return mark && r.writer === mark.writer ? r.seq <= mark.seq : r.base <= rev;
  });
}

/** Whether a stored value is a journal mark (meta written by an older build has none). */
export const isJournalMark = (v: unknown): v is JournalMark =>
  typeof v === 'object' && v !== null && typeof (v as JournalMark).writer === 'string' && Number.isSafeInteger((v as JournalMark).seq);
