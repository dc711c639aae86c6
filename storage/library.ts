// Owns the workbook library's contract, apart from IndexedDB: the meta the list shows, the results of each
// operation, the Library interface that storage/idb.ts implements, and the pure helpers around them.

import { type ReadResult, type WorkbookFile, readWorkbook } from './format';
import type { JournalMark } from './journal';
import type { AppendResult } from './journal-writer';
import type { BookSummary } from './summary';

export const NAME_LENGTH = 200;

/** What the workbook list shows for one workbook. */
export interface BookMeta extends BookSummary {
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** When the content was last saved; renaming does not change it, so the list does not jump. */
  updatedAt: number;
  /** The revision: 1 when created, one more at each save. Pass it back as `expectRev` to detect another tab's save. */
  rev: number;
}

export interface StoredMeta extends BookMeta {
  /** The slot holding the current version; the other holds the version before it. */
  slot: 0 | 1;
  /** Where the current version stands in the journal (storage/journal.ts); absent before the journal existed. */
  journal?: JournalMark;
}

export type SaveFailure =
  | { ok: false; reason: 'quota'; message: string }
  | { ok: false; reason: 'conflict'; storedRev: number; message: string }
  | { ok: false; reason: 'missing' | 'invalid' | 'error'; message: string };

export type SaveResult = { ok: true; meta: BookMeta } | SaveFailure;
export type CreateResult = { ok: true; id: string; meta: BookMeta } | SaveFailure;
/** Present when the journal held records the saved version lacked: how many were applied, how many were unreadable. */
export interface JournalReplayed {
  journal?: { applied: number; damaged: number };
}
export type LoadResult =
  | ({ ok: true; book: WorkbookFile; meta: BookMeta; recovered: false } & JournalReplayed)
  /** The current version was unreadable and the one before it was opened; `message` says so, for the user. */
  | ({ ok: true; book: WorkbookFile; meta: BookMeta; recovered: true; message: string } & JournalReplayed)
  | { ok: false; reason: 'missing' | 'unreadable' | 'error'; message: string };

/** What deleteWorkbook hands back: pass it to restoreWorkbook to undo. It holds the workbook in memory, so undo lasts as long as the page. */
export interface UndoToken {
  readonly meta: BookMeta;
  readonly text: string;
}
export type DeleteResult = { ok: true; token: UndoToken } | { ok: false; reason: 'missing' | 'error'; message: string };

export interface SaveOptions {
  /** A new name for the workbook; kept as it was when omitted ("Untitled" for a new one). */
  name?: string;
  /**
   * The revision this tab last loaded or saved. When the stored revision differs (another tab saved since), nothing
   * is written and the result is `{ ok: false, reason: 'conflict', storedRev }`. 0 means "must not exist yet".
   */
  expectRev?: number;
  /** The journal records this version holds (this tab's, up to `seq`): they and every stale record are removed with the save. */
  journal?: JournalMark;
}

export interface LoadOptions {
  /** Tabs still open: their journal records are not replayed (they save them themselves). */
  live?: ReadonlySet<string>;
}

export interface Library {
  // Writes and loads report failures as results; listWorkbooks and lastOpened reject only when IndexedDB
  // itself cannot be opened (some private modes), which the app reports as "this browser cannot save".
  /** Every workbook's meta, the most recently edited first. */
  listWorkbooks(): Promise<BookMeta[]>;
  /**
   * A workbook and its meta; falls back to the previous version when the current one is unreadable. Journal records
   * made after the version was saved (by tabs not in `live`) are applied to it.
   */
  loadWorkbook(id: string, options?: LoadOptions): Promise<LoadResult>;
  /** Writes journal records (keys from journalKey) in one transaction, committed at once. */
  appendJournal(records: { key: string; text: string }[]): Promise<AppendResult>;
  /**
   * Saves a workbook (creating it when `id` is new) and its meta in one transaction. The file is validated first, so
   * what is stored always reads back. A full disk gives `reason: 'quota'` and leaves everything stored as it was.
   */
  saveWorkbook(id: string, file: WorkbookFile, options?: SaveOptions): Promise<SaveResult>;
  /** Stores a new workbook under a fresh id. */
  createWorkbook(file: WorkbookFile, name: string): Promise<CreateResult>;
  renameWorkbook(id: string, name: string): Promise<SaveResult>;
  /** A copy under a fresh id, named `<name> (copy)` unless a name is given. */
  duplicateWorkbook(id: string, name?: string): Promise<CreateResult>;
  /** Removes a workbook from storage at once and returns what undoes it. */
  deleteWorkbook(id: string): Promise<DeleteResult>;
  /** Puts a deleted workbook back with its id, name, dates and revision. */
  restoreWorkbook(token: UndoToken): Promise<SaveResult>;
  /** The workbook to open on start, or null when there is none (or it was deleted). */
  lastOpened(): Promise<string | null>;
  setLastOpened(id: string | null): Promise<void>;
}

export interface LibraryOptions {
  dbName?: string;
  storeName?: string;
  now?: () => number;
  newId?: () => string;
}

/**
 * Asks the browser to keep this site's storage under pressure (navigator.storage.persist). Resolves true when
 * storage is (now) persistent, false when refused or unavailable. Firefox may ask the user, so call it after a
 * user action such as the first edit or save.
 */
export async function requestPersistence(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (!storage || typeof storage.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Whether an error is the browser saying storage is full (Firefox's legacy name included). */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export const QUOTA_MESSAGE =
  "the browser's storage for this site is full, so the latest changes are not saved (what was saved before is kept); export this workbook as a file, or delete workbooks you no longer need";

/** Reads a stored workbook text back (JSON, then the schema), or says why it cannot. */
export function readStored(text: unknown): ReadResult {
  if (typeof text !== 'string') return { ok: false, message: 'the saved data is missing' };
  try {
    return readWorkbook(JSON.parse(text));
  } catch (e) {
    return { ok: false, message: `the saved data is damaged (${errorText(e)})` };
  }
}

/** Whether a stored value is a meta record we wrote (storage can be damaged or written by another build). */
export function isStoredMeta(v: unknown): v is StoredMeta {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    typeof m.id === 'string' &&
    typeof m.name === 'string' &&
    Number.isFinite(m.createdAt) &&
    Number.isFinite(m.updatedAt) &&
    Number.isInteger(m.rev) &&
    (m.slot === 0 || m.slot === 1) &&
    Array.isArray(m.preview) &&
    m.preview.every((p) => typeof p === 'string') &&
    Number.isInteger(m.cellCount) &&
    Number.isInteger(m.sheetCount)
  );
}

/** The meta the app sees: a fresh copy without the storage-only fields. */
export function publicMeta(m: BookMeta): BookMeta {
  return {
    id: m.id,
    name: m.name,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    rev: m.rev,
    preview: [...m.preview],
    cellCount: m.cellCount,
    sheetCount: m.sheetCount,
  };
}

/** A workbook name on one line, at most NAME_LENGTH characters; "Untitled" when empty. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this turns into spaces
  const one = Array.from(name.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim())
    .slice(0, NAME_LENGTH)
    .join('')
    .trim();
  return one === '' ? 'Untitled' : one;
}

/** An error's message for a sentence. */
export const errorText = (e: unknown): string => (e instanceof Error || e instanceof DOMException ? e.message || e.name : String(e));

/** A new workbook id: 96 random bits in hex (crypto.randomUUID needs a secure context; this does not). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
