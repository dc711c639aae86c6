// Owns the workbook library in IndexedDB, through idb-keyval (used nowhere else): saving, loading with a
// fallback to the previous version, the list, rename, duplicate, delete with undo and the last-opened workbook.
//
// Layout of the one object store: `meta/<id>` holds a workbook's StoredMeta; `book/<id>/0` and `book/<id>/1`
// hold its JSON text in two slots. A save writes the slot the meta does not point at, then flips the meta, in
// one transaction: a crash or a closed tab mid-save leaves the previous version current, and a finished save
// leaves the version before it in the other slot, which loadWorkbook falls back to if the current one is unreadable.
// `wal/<id>/<tab>/<seq>` hold the write-ahead journal (storage/journal.ts): one record per edit, applied on load
// to the version they build on, and removed in the transaction of the save that holds them.
// size: the browser library's one IndexedDB schema and its transactions.

import { type UseStore, createStore } from 'idb-keyval';
import { type WorkbookFile, readWorkbook } from './format';
import { isJournalMark, journalRange, redundantRecords, replayJournal } from './journal';
import {
  type CreateResult,
  type DeleteResult,
  type Library,
  type LibraryOptions,
  type SaveFailure,
  type SaveResult,
  type StoredMeta,
  QUOTA_MESSAGE,
  cleanName,
  errorText,
  isQuotaError,
  isStoredMeta,
  publicMeta,
  randomId,
  readStored,
} from './library';
import { type BookSummary, summariseWorkbook } from './summary';

// The app imports the whole library API from here.
export type {
  BookMeta,
  CreateResult,
  DeleteResult,
  Library,
  LibraryOptions,
  LoadResult,
  SaveFailure,
  SaveOptions,
  SaveResult,
  UndoToken,
} from './library';
export { NAME_LENGTH, QUOTA_MESSAGE, cleanName, isQuotaError, requestPersistence } from './library';

const DB_NAME = 'gradsheet';
const STORE_NAME = 'library';

const LAST = 'last';
const metaKey = (id: string) => `meta/${id}`;
const bookKey = (id: string, slot: 0 | 1) => `book/${id}/${slot}`;

/** A library over its own IndexedDB database; tests give each library a database of its own. */
// size: one closure over the database handle; each operation is a short transaction inside it.
export function makeLibrary(options: LibraryOptions = {}): Library {
  const store = createStore(options.dbName ?? DB_NAME, options.storeName ?? STORE_NAME);
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;

  const library: Library = {
    async listWorkbooks() {
      const all = await run<unknown[]>(store, 'readonly', (tx) => tx.getAll(IDBKeyRange.bound('meta/', 'meta/\uffff'), tx.finish));
      return all
        .filter(isStoredMeta)
        .map(publicMeta)
        .sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
    },

    async loadWorkbook(id, opts = {}) {
      type Stored = { meta: unknown; current?: unknown; previous?: unknown; journal?: unknown[] };
      let stored: Stored;
      try {
        stored = await run<Stored>(store, 'readonly', (tx) =>
          tx.get(metaKey(id), (meta) => {
            if (!isStoredMeta(meta)) return tx.finish({ meta });
            tx.get(bookKey(id, meta.slot), (current) =>
              tx.get(bookKey(id, other(meta.slot)), (previous) =>
                tx.getAll(range(id), (journal) => tx.finish({ meta, current, previous, journal })),
              ),
            );
          }),
        );
      } catch (e) {
        return { ok: false, reason: 'error', message: `this workbook could not be read from the browser's storage (${errorText(e)})` };
      }
      if (!isStoredMeta(stored.meta))
        return { ok: false, reason: 'missing', message: "this workbook is not in this browser's storage (it may have been deleted)" };
      const meta = publicMeta(stored.meta);
      const current = readStored(stored.current);
      if (current.ok) {
        const mark = isJournalMark(stored.meta.journal) ? stored.meta.journal : undefined;
        const replay = replayJournal(current.book, stored.journal ?? [], { rev: meta.rev, mark, live: opts.live });
        const journal = replay.applied + replay.damaged > 0 ? { journal: { applied: replay.applied, damaged: replay.damaged } } : {};
        return { ok: true, book: replay.book, meta, recovered: false, ...journal };
      }
      const previous = readStored(stored.previous);
      if (previous.ok) {
        return {
          ok: true,
          book: previous.book,
          meta,
          recovered: true,
          message: `the last save of this workbook could not be read (${current.message}); the version saved before it was opened instead`,
        };
      }
      return { ok: false, reason: 'unreadable', message: `this workbook could not be read: ${current.message}` };
    },

    async saveWorkbook(id, file, opts = {}) {
      const prepared = prepare(file);
      if (!prepared.ok) return prepared;
      const { text, summary } = prepared;
      const time = now();
      return guardWrite(() =>
        run<SaveResult>(store, 'readwrite', (tx) =>
          tx.get(metaKey(id), (raw) => {
            const prev = isStoredMeta(raw) ? raw : undefined;
            const storedRev = prev?.rev ?? 0;
            if (opts.expectRev !== undefined && storedRev !== opts.expectRev) {
              return tx.finish(
                prev
                  ? {
                      ok: false,
                      reason: 'conflict',
                      storedRev,
                      message: `this workbook was saved in another tab (revision ${storedRev}, this tab has revision ${opts.expectRev}); nothing was overwritten`,
                    }
                  : { ok: false, reason: 'missing', message: 'this workbook was deleted (perhaps in another tab); nothing was saved' },
              );
            }
            const slot = prev ? other(prev.slot) : 0;
            tx.getAllKeys(range(id), (keys) =>
              tx.getAll(range(id), (records) => {
                for (const key of redundantRecords(keys, records, storedRev, opts.journal)) tx.del(key);
              }),
            );
            const meta: StoredMeta = {
              id,
              name: cleanName(opts.name ?? prev?.name ?? ''),
              createdAt: prev?.createdAt ?? time,
              updatedAt: time,
              rev: storedRev + 1,
              ...summary,
              slot,
              ...(opts.journal ? { journal: { writer: opts.journal.writer, seq: opts.journal.seq } } : {}),
            };
            tx.put(text, bookKey(id, slot));
            tx.put(meta, metaKey(id));
            tx.finish({ ok: true, meta: publicMeta(meta) });
          }),
        ),
      );
    },

    async createWorkbook(file, name) {
      const prepared = prepare(file);
      if (!prepared.ok) return prepared;
      const id = newId();
      const time = now();
      const meta: StoredMeta = { id, name: cleanName(name), createdAt: time, updatedAt: time, rev: 1, ...prepared.summary, slot: 0 };
      // A fresh id is stored nowhere yet, so nothing is read first and the write commits at once: a tab that is
      // closing can still keep its edits as a copy (session.ts).
      return guardWrite(() =>
        run<CreateResult>(store, 'readwrite', (tx) => {
          tx.put(prepared.text, bookKey(id, 0));
          tx.put(meta, metaKey(id));
          tx.finish({ ok: true, id, meta: publicMeta(meta) });
          tx.commit();
        }),
      );
    },

    async renameWorkbook(id, name) {
      return guardWrite(() =>
        run<SaveResult>(store, 'readwrite', (tx) =>
          tx.get(metaKey(id), (raw) => {
            if (!isStoredMeta(raw))
              return tx.finish({
                ok: false,
                reason: 'missing',
                message: 'this workbook was deleted (perhaps in another tab); it was not renamed',
              });
            const meta: StoredMeta = { ...raw, name: cleanName(name) };
            tx.put(meta, metaKey(id));
            tx.finish({ ok: true, meta: publicMeta(meta) });
          }),
        ),
      );
    },

    async duplicateWorkbook(id, name) {
      const loaded = await library.loadWorkbook(id);
      if (!loaded.ok) return { ok: false, reason: loaded.reason === 'unreadable' ? 'invalid' : loaded.reason, message: loaded.message };
      return library.createWorkbook(loaded.book, name ?? `${loaded.meta.name} (copy)`);
    },

    async deleteWorkbook(id) {
      try {
        return await run<DeleteResult>(store, 'readwrite', (tx) =>
          tx.get(metaKey(id), (raw) => {
            if (!isStoredMeta(raw)) return tx.finish({ ok: false, reason: 'missing', message: 'this workbook was already deleted' });
            tx.get(bookKey(id, raw.slot), (text) => {
              tx.del(metaKey(id));
              tx.del(bookKey(id, 0));
              tx.del(bookKey(id, 1));
              tx.del(range(id));
              tx.finish({ ok: true, token: Object.freeze({ meta: publicMeta(raw), text: typeof text === 'string' ? text : '' }) });
            });
          }),
        );
      } catch (e) {
        return { ok: false, reason: 'error', message: `this workbook could not be deleted (${errorText(e)})` };
      }
    },

    async restoreWorkbook(token) {
      const { meta } = token;
      return guardWrite(() =>
        run<SaveResult>(store, 'readwrite', (tx) =>
          tx.get(metaKey(meta.id), (raw) => {
            if (raw !== undefined)
              return tx.finish({
                ok: false,
                reason: 'conflict',
                storedRev: isStoredMeta(raw) ? raw.rev : 0,
                message: 'a workbook with this id exists again; it was not replaced',
              });
            tx.put(token.text, bookKey(meta.id, 0));
            tx.put({ ...publicMeta(meta), slot: 0 } satisfies StoredMeta, metaKey(meta.id));
            tx.finish({ ok: true, meta: publicMeta(meta) });
          }),
        ),
      );
    },

    async appendJournal(records) {
      const result = await guardWrite(() =>
        run<{ ok: true }>(store, 'readwrite', (tx) => {
          for (const r of records) tx.put(r.text, r.key);
          tx.finish({ ok: true });
          // Nothing is read back, so the transaction can commit now rather than when this task ends: a tab closed
          // right after an edit has already handed the record to the browser.
          tx.commit();
        }),
      );
      return result.ok ? { ok: true } : { ok: false, message: result.message };
    },

    async lastOpened() {
      const id = await run<unknown>(store, 'readonly', (tx) =>
        tx.get(LAST, (v) => (typeof v === 'string' ? tx.get(metaKey(v), (m) => tx.finish(isStoredMeta(m) ? v : null)) : tx.finish(null))),
      );
      return typeof id === 'string' ? id : null;
    },

    async setLastOpened(id) {
      await run<void>(store, 'readwrite', (tx) => {
        if (id === null) tx.del(LAST);
        else tx.put(id, LAST);
        tx.finish(undefined);
      });
    },
  };
  return library;
}

interface Tx<T> {
  get(key: string, then: (value: unknown) => void): void;
  getAll(range: IDBKeyRange, then: (values: unknown[]) => void): void;
  getAllKeys(range: IDBKeyRange, then: (keys: string[]) => void): void;
  put(value: unknown, key: string): void;
  del(key: string | IDBKeyRange): void;
  /** Commits once the requests made so far are done (where the browser has `commit`), instead of at the end of the task. */
  commit(): void;
  /** The transaction's result, delivered once it has committed. */
  finish(value: T): void;
}

/**
 * Runs `body` in one transaction and resolves with what it finished with once the transaction has committed.
 * An exception in any callback aborts the transaction, so a half-done write never commits.
 */
function run<T>(store: UseStore, mode: IDBTransactionMode, body: (tx: Tx<T>) => void): Promise<T> {
  return store(
    mode,
    (os) =>
      new Promise<T>((resolve, reject) => {
        const transaction = os.transaction;
        let result: { value: T } | undefined;
        let thrown: unknown;
        const guard =
          <A extends unknown[]>(fn: (...args: A) => void) =>
          (...args: A) => {
            try {
              fn(...args);
            } catch (e) {
              thrown ??= e;
              try {
                transaction.abort();
              } catch {
                // Already finishing: its abort or error event reports the failure.
              }
            }
          };
        transaction.oncomplete = () =>
          result ? resolve(result.value) : reject(new Error('a storage transaction finished without a result'));
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the first exception a callback threw, as it was
        transaction.onabort = () => reject(thrown ?? transaction.error ?? new Error('a storage transaction was aborted'));
        const tx: Tx<T> = {
          get(key, then) {
            const request = os.get(key);
            request.onsuccess = guard(() => then(request.result));
          },
          getAll(range, then) {
            const request = os.getAll(range);
            request.onsuccess = guard(() => then(request.result));
          },
          getAllKeys(range, then) {
            const request = os.getAllKeys(range);
            request.onsuccess = guard(() => then(request.result.filter((k): k is string => typeof k === 'string')));
          },
          put: (value, key) => void os.put(value, key),
          del: (key) => void os.delete(key),
          commit: () => transaction.commit?.(),
          finish: (value) => void (result = { value }),
        };
        guard(() => body(tx))();
      }),
  );
}

/**
 * A write's failure as a result: a full disk as `quota` (the transaction rolled back, so nothing changed), anything
 * else (no IndexedDB at all, a broken disk) as `error`.
 */
async function guardWrite<T>(write: () => Promise<T>): Promise<T | SaveFailure> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) return { ok: false, reason: 'quota', message: QUOTA_MESSAGE };
    return {
      ok: false,
      reason: 'error',
      message: `not saved: the browser's storage failed (${errorText(e)}); what was saved before is kept`,
    };
  }
}

const other = (slot: 0 | 1): 0 | 1 => (slot === 0 ? 1 : 0);

/** A workbook checked as it will be stored, as text, with its summary for the list. */
function prepare(file: WorkbookFile): { ok: true; text: string; summary: BookSummary } | SaveFailure {
  const checked = readWorkbook(file);
  if (!checked.ok) return { ok: false, reason: 'invalid', message: `not saved: ${checked.message}` };
  try {
    return { ok: true, text: JSON.stringify(checked.book), summary: summariseWorkbook(checked.book) };
  } catch (e) {
    return { ok: false, reason: 'invalid', message: `not saved: ${errorText(e)}` };
  }
}
const range = (id: string): IDBKeyRange => IDBKeyRange.bound(...journalRange(id));
