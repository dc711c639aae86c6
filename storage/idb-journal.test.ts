import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkbookFile } from './format';
import { QUOTA_MESSAGE, makeLibrary } from './idb';
import { type BookChange, encodeRecord, journalKey } from './journal';

const bookWith = (cells: Record<string, string>): WorkbookFile => ({
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets: [{ name: 'Sheet1', cells }],
  names: {},
  charts: [],
});
const set = (key: string, v: string): BookChange => ({ cells: [['Sheet1', key, v]] });
const record = (book: string, writer: string, seq: number, base: number, change: BookChange) => ({
  key: journalKey(book, writer, seq),
  text: encodeRecord({ writer, seq, base, at: seq, change }),
});

let dbCount = 0;
function fresh() {
  const dbName = `journal-test-${++dbCount}`;
  let n = 0;
  return { lib: makeLibrary({ dbName, newId: () => String.fromCharCode(97 + n++) }), dbName };
}

/** The keys a library's database holds, as a raw read sees them. */
function keys(dbName: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error ?? new Error('the database did not open'));
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('library', 'readonly').objectStore('library').getAllKeys();
      request.onsuccess = () => (db.close(), resolve((request.result as string[]).filter((k) => k.startsWith('wal/'))));
    };
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the journal in IndexedDB', () => {
  it('gives back, on load, the edits made after the last save', async () => {
    const { lib } = fresh();
    await lib.createWorkbook(bookWith({ A1: '1' }), 'B');
    expect(await lib.appendJournal([record('a', 't', 1, 1, set('A1', '2')), record('a', 't', 2, 1, set('A2', '=A1'))])).toEqual({
      ok: true,
    });
    expect(await lib.loadWorkbook('a')).toMatchObject({
      ok: true,
      book: bookWith({ A1: '2', A2: '=A1' }),
      journal: { applied: 2, damaged: 0 },
    });
  });

  it('leaves the records of a tab still open to that tab', async () => {
    const { lib } = fresh();
    await lib.createWorkbook(bookWith({ A1: '1' }), 'B');
    await lib.appendJournal([record('a', 't', 1, 1, set('A1', '2'))]);
    const loaded = await lib.loadWorkbook('a', { live: new Set(['t']) });
    expect(loaded).toMatchObject({ ok: true, book: bookWith({ A1: '1' }) });
    expect(loaded).not.toHaveProperty('journal');
  });

  it('a save removes the records it holds and stale ones, and keeps later ones', async () => {
    const { lib, dbName } = fresh();
    await lib.createWorkbook(bookWith({}), 'B');
    await lib.appendJournal([
      record('a', 't', 1, 1, set('A1', '1')),
      record('a', 't', 2, 1, set('A1', '2')),
      record('a', 'old', 1, 1, set('B1', 'stale')),
    ]);
    // Tab t's save holds its records up to 1; its record 2 came after and stays.
    expect(await lib.saveWorkbook('a', bookWith({ A1: '1' }), { expectRev: 1, journal: { writer: 't', seq: 1 } })).toMatchObject({
      ok: true,
      meta: { rev: 2 },
    });
    expect(await keys(dbName)).toEqual([journalKey('a', 't', 2)]);
    expect(await lib.loadWorkbook('a')).toMatchObject({ ok: true, book: bookWith({ A1: '2' }), journal: { applied: 1, damaged: 0 } });
    await lib.saveWorkbook('a', bookWith({ A1: '2' }), { expectRev: 2, journal: { writer: 't', seq: 2 } });
    expect(await keys(dbName)).toEqual([]);
    expect(await lib.loadWorkbook('a')).not.toHaveProperty('journal');
  });

  it('a refused save (another tab saved first) removes nothing', async () => {
    const { lib, dbName } = fresh();
    await lib.createWorkbook(bookWith({}), 'B');
    await lib.appendJournal([record('a', 't', 1, 1, set('A1', '1'))]);
    expect(await lib.saveWorkbook('a', bookWith({ A1: '1' }), { expectRev: 7, journal: { writer: 't', seq: 1 } })).toMatchObject({
      ok: false,
      reason: 'conflict',
    });
    expect(await keys(dbName)).toEqual([journalKey('a', 't', 1)]);
  });

  it('opens a workbook whose journal holds a record cut mid-write', async () => {
    const { lib } = fresh();
    await lib.createWorkbook(bookWith({ A1: '1' }), 'B');
    const cut = record('a', 't', 2, 1, set('A2', 'lost'));
    await lib.appendJournal([
      record('a', 't', 1, 1, set('A1', '2')),
      { ...cut, text: cut.text.slice(0, cut.text.length / 2) },
      record('a', 't', 3, 1, set('A3', '3')),
    ]);
    expect(await lib.loadWorkbook('a')).toMatchObject({
      ok: true,
      book: bookWith({ A1: '2', A3: '3' }),
      journal: { applied: 2, damaged: 1 },
    });
  });

  it('deleting a workbook deletes its journal', async () => {
    const { lib, dbName } = fresh();
    await lib.createWorkbook(bookWith({}), 'B');
    await lib.createWorkbook(bookWith({}), 'C');
    await lib.appendJournal([record('a', 't', 1, 1, set('A1', '1')), record('b', 't', 2, 1, set('A1', '1'))]);
    await lib.deleteWorkbook('a');
    expect(await keys(dbName)).toEqual([journalKey('b', 't', 2)]);
  });

  it('a write that fails is reported, with the quota named', async () => {
    const { lib } = fresh();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await lib.appendJournal([record('a', 't', 1, 1, set('A1', '1'))])).toEqual({ ok: false, message: QUOTA_MESSAGE });
    vi.restoreAllMocks();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk on fire', 'UnknownError');
    });
    expect(await lib.appendJournal([record('a', 't', 1, 1, set('A1', '1'))])).toEqual({
      ok: false,
      message: "not saved: the browser's storage failed (disk on fire); what was saved before is kept",
    });
  });
});
