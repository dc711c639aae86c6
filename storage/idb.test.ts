// size: the library's storage tests share one fake database setup.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkbookFile } from './format';
import { QUOTA_MESSAGE, type Library, cleanName, isQuotaError, makeLibrary, requestPersistence } from './idb';

const bookWith = (cells: Record<string, string>, over: Partial<WorkbookFile> = {}): WorkbookFile => ({
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets: [{ name: 'Sheet1', cells }],
  names: {},
  charts: [],
  ...over,
});

/** Reads or writes one raw key of a library's database, as a failing disk or an older build might (idb-keyval stays inside idb.ts). */
function raw(dbName: string) {
  const withStore = <T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const open = indexedDB.open(dbName);
      open.onerror = () => reject(open.error ?? new Error('the database did not open'));
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('library', mode);
        const request = fn(tx.objectStore('library'));
        tx.oncomplete = () => (db.close(), resolve(request.result));
        tx.onabort = () => (db.close(), reject(tx.error ?? new Error('the transaction was aborted')));
      };
    });
  return {
    get: (key: string) => withStore<unknown>('readonly', (s) => s.get(key)),
    set: (key: string, value: unknown) => withStore('readwrite', (s) => s.put(value, key)).then(() => undefined),
  };
}

let dbCount = 0;
/** A library over a fresh database, with a clock the test moves and ids a, b, c… */
function fresh(): { lib: Library; tick: (ms?: number) => void; dbName: string } {
  const dbName = `test-${++dbCount}`;
  let t = 1_000;
  let n = 0;
  const lib = makeLibrary({ dbName, now: () => t, newId: () => String.fromCharCode(97 + n++) });
  return { lib, tick: (ms = 10) => void (t += ms), dbName };
}

afterEach(() => vi.restoreAllMocks());

describe('saving and loading', () => {
  it('round-trips a workbook with its sheets, names, charts, sliders and selection', async () => {
    const { lib } = fresh();
    const book: WorkbookFile = {
      ...bookWith({ A1: 'x' }),
      sheets: [
        { name: 'Sheet1', cells: { A1: 'x', B1: { input: '0.5', slider: { min: 0, max: 1, step: 0.1 } } } },
        { name: 'Data', cells: { A1: '=Sheet1!B1 * 2' } },
      ],
      names: { lr: 'Sheet1!B1' },
      charts: [{ sheet: 'Sheet1', x: 'A1', y: ['B1'], title: 'f' }],
      ui: { activeSheet: 'Data', selection: { sheet: 'Data', anchor: 'A1', focus: 'A1' } },
    };
    const created = await lib.createWorkbook(book, 'Model');
    expect(created).toMatchObject({ ok: true, id: 'a', meta: { id: 'a', name: 'Model', rev: 1, createdAt: 1000, updatedAt: 1000 } });
    expect(await lib.loadWorkbook('a')).toEqual({ ok: true, book, meta: expect.objectContaining({ id: 'a', rev: 1 }), recovered: false });
  });

  it('counts revisions and keeps the name and creation time', async () => {
    const { lib, tick } = fresh();
    await lib.createWorkbook(bookWith({ A1: '1' }), 'First');
    tick();
    const saved = await lib.saveWorkbook('a', bookWith({ A1: '2' }));
    expect(saved).toEqual({
      ok: true,
      meta: { id: 'a', name: 'First', createdAt: 1000, updatedAt: 1010, rev: 2, preview: ['2'], cellCount: 1, sheetCount: 1 },
    });
    expect(await lib.loadWorkbook('a')).toMatchObject({ ok: true, book: bookWith({ A1: '2' }) });
  });

  it('refuses to store an invalid workbook', async () => {
    const { lib } = fresh();
    const bad = { ...bookWith({}), sheets: [] } as WorkbookFile;
    expect(await lib.saveWorkbook('a', bad)).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'not saved: invalid workbook: sheets: a workbook needs at least one sheet',
    });
    expect(await lib.listWorkbooks()).toEqual([]);
  });

  it('says when a workbook is missing', async () => {
    const { lib } = fresh();
    expect(await lib.loadWorkbook('nope')).toEqual({
      ok: false,
      reason: 'missing',
      message: "this workbook is not in this browser's storage (it may have been deleted)",
    });
  });

  it('falls back to the previous version when the current one is unreadable', async () => {
    const { lib, dbName } = fresh();
    await lib.createWorkbook(bookWith({ A1: 'old' }), 'B');
    await lib.saveWorkbook('a', bookWith({ A1: 'new' }));
    // The second save went to slot 1; damage it as a failing disk or a buggy older build might.
    const db = raw(dbName);
    expect(await db.get('book/a/1')).toBe(JSON.stringify(bookWith({ A1: 'new' })));
    await db.set('book/a/1', '{"format":"gradsheet","vers');
    const loaded = await lib.loadWorkbook('a');
    expect(loaded).toMatchObject({ ok: true, recovered: true, book: bookWith({ A1: 'old' }) });
    if (loaded.ok && loaded.recovered)
      expect(loaded.message).toMatch(
        /^the last save of this workbook could not be read \(the saved data is damaged \(.*\)\); the version saved before it was opened instead$/,
      );
    // Saving again writes a good current version.
    expect(await lib.saveWorkbook('a', bookWith({ A1: 'again' }), { expectRev: 2 })).toMatchObject({ ok: true, meta: { rev: 3 } });
    expect(await lib.loadWorkbook('a')).toMatchObject({ ok: true, recovered: false, book: bookWith({ A1: 'again' }) });
  });

  it('reports a workbook whose both versions are unreadable', async () => {
    const { lib, dbName } = fresh();
    await lib.createWorkbook(bookWith({ A1: 'x' }), 'B');
    await raw(dbName).set('book/a/0', '{"format":"excel"}');
    expect(await lib.loadWorkbook('a')).toEqual({
      ok: false,
      reason: 'unreadable',
      message: 'this workbook could not be read: not a Gradsheet workbook: "format" is "excel", expected "gradsheet"',
    });
  });
});

describe('safe writes', () => {
  it('a quota error during a save is reported and changes nothing stored', async () => {
    const { lib, tick, dbName } = fresh();
    await lib.createWorkbook(bookWith({ A1: 'kept' }), 'B');
    await lib.saveWorkbook('a', bookWith({ A1: 'kept 2' }));
    const before = await lib.listWorkbooks();
    tick();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    // The book text is written first and the meta second: failing the second proves the first is rolled back.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await lib.saveWorkbook('a', bookWith({ A1: 'lost' }))).toEqual({ ok: false, reason: 'quota', message: QUOTA_MESSAGE });
    vi.restoreAllMocks();
    expect(await lib.listWorkbooks()).toEqual(before);
    expect(await lib.loadWorkbook('a')).toMatchObject({ ok: true, recovered: false, book: bookWith({ A1: 'kept 2' }), meta: { rev: 2 } });
    // The slot the failed save wrote first still holds the version before (the fallback), not 'lost'.
    expect(await raw(dbName).get('book/a/0')).toBe(JSON.stringify(bookWith({ A1: 'kept' })));
  });

  it('a quota error while creating leaves no half-made workbook', async () => {
    const { lib } = fresh();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await lib.createWorkbook(bookWith({ A1: '1' }), 'B')).toEqual({ ok: false, reason: 'quota', message: QUOTA_MESSAGE });
    vi.restoreAllMocks();
    expect(await lib.listWorkbooks()).toEqual([]);
  });

  it('other storage failures are reported as such', async () => {
    const { lib } = fresh();
    await lib.createWorkbook(bookWith({ A1: '1' }), 'B');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk on fire', 'UnknownError');
    });
    expect(await lib.saveWorkbook('a', bookWith({ A1: '2' }))).toEqual({
      ok: false,
      reason: 'error',
      message: "not saved: the browser's storage failed (disk on fire); what was saved before is kept",
    });
  });

  it('reports a browser without IndexedDB as a result, not a throw', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const { lib } = fresh();
      expect(await lib.saveWorkbook('a', bookWith({}))).toMatchObject({
        ok: false,
        reason: 'error',
        message: expect.stringMatching(/^not saved: the browser's storage failed/),
      });
      expect(await lib.loadWorkbook('a')).toMatchObject({ ok: false, reason: 'error' });
      expect(await lib.deleteWorkbook('a')).toMatchObject({ ok: false, reason: 'error' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('recognises quota errors by name', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('revisions between tabs', () => {
  it('refuses to overwrite a newer revision', async () => {
    const { lib } = fresh();
    await lib.createWorkbook(bookWith({ A1: 'base' }), 'B');
    // Two tabs loaded revision 1; the first saves, then the second tries.
    expect(await lib.saveWorkbook('a', bookWith({ A1: 'tab 1' }), { expectRev: 1 })).toMatchObject({ ok: true, meta: { rev: 2 } });
    expect(await lib.saveWorkbook('a', bookWith({ A1: 'tab 2' }), { expectRev: 1 })).toEqual({
      ok: false,
      reason: 'conflict',
      storedRev: 2,
      message: 'this workbook was saved in another tab (revision 2, this tab has revision 1); nothing was overwritten',
    });
    expect(await lib.loadWorkbook('a')).toMatchObject({ book: bookWith({ A1: 'tab 1' }), meta: { rev: 2 } });
  });

  it('refuses to save over a workbook deleted elsewhere', async () => {
    const { lib } = fresh();
    await lib.createWorkbook(bookWith({ A1: '1' }), 'B');
    await lib.deleteWorkbook('a');
    expect(await lib.saveWorkbook('a', bookWith({ A1: '2' }), { expectRev: 1 })).toEqual({
      ok: false,
      reason: 'missing',
      message: 'this workbook was deleted (perhaps in another tab); nothing was saved',
    });
    expect(await lib.listWorkbooks()).toEqual([]);
  });
});

describe('the workbook list', () => {
  it('lists by last edit, newest first, with a preview', async () => {
    const { lib, tick } = fresh();
    await lib.createWorkbook(bookWith({ B2: 'later', A1: '=ones(3)', A2: '  spaced\n  out  ', C1: '' }), 'Old');
    tick();
    await lib.createWorkbook(bookWith({ A1: 'x'.repeat(60) }), 'New');
    tick();
    await lib.saveWorkbook('a', bookWith({ A1: 'edited' }));
    const list = await lib.listWorkbooks();
    expect(list.map((m) => m.name)).toEqual(['Old', 'New']);
    expect(list[1]).toEqual({
      id: 'b',
      name: 'New',
      createdAt: 1010,
      updatedAt: 1010,
      rev: 1,
      preview: [`${'x'.repeat(39)}…`],
      cellCount: 1,
      sheetCount: 1,
    });
    const first = await lib.createWorkbook(bookWith({ B2: 'later', A1: '=ones(3)', A2: '  spaced\n  out  ', C1: '' }), 'P');
    expect(first.ok && first.meta.preview).toEqual(['=ones(3)', 'spaced out', 'later']);
    expect(first.ok && first.meta.cellCount).toBe(3);
  });

  it('renames without moving the workbook in the list', async () => {
    const { lib, tick } = fresh();
    await lib.createWorkbook(bookWith({}), 'One');
    tick();
    await lib.createWorkbook(bookWith({}), 'Two');
    tick();
    expect(await lib.renameWorkbook('a', '  Renamed\tbook  ')).toMatchObject({
      ok: true,
      meta: { name: 'Renamed book', updatedAt: 1000, rev: 1 },
    });
    expect((await lib.listWorkbooks()).map((m) => m.name)).toEqual(['Two', 'Renamed book']);
    expect(await lib.renameWorkbook('zzz', 'x')).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('duplicates into a new workbook', async () => {
    const { lib, tick } = fresh();
    await lib.createWorkbook(bookWith({ A1: 'x' }), 'Model');
    tick();
    expect(await lib.duplicateWorkbook('a')).toMatchObject({ ok: true, id: 'b', meta: { name: 'Model (copy)', rev: 1, createdAt: 1010 } });
    expect(await lib.loadWorkbook('b')).toMatchObject({ ok: true, book: bookWith({ A1: 'x' }) });
    expect(await lib.duplicateWorkbook('a', 'Mine')).toMatchObject({ ok: true, id: 'c', meta: { name: 'Mine' } });
    expect(await lib.duplicateWorkbook('nope')).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('deletes with undo', async () => {
    const { lib, tick, dbName } = fresh();
    await lib.createWorkbook(bookWith({ A1: 'x' }), 'Doomed');
    await lib.saveWorkbook('a', bookWith({ A1: 'y' }));
    tick();
    await lib.createWorkbook(bookWith({}), 'Other');
    const before = await lib.listWorkbooks();
    const deleted = await lib.deleteWorkbook('a');
    expect(deleted.ok).toBe(true);
    expect((await lib.listWorkbooks()).map((m) => m.id)).toEqual(['b']);
    expect(await lib.loadWorkbook('a')).toMatchObject({ ok: false, reason: 'missing' });
    // Both versions are gone from storage, not just hidden.
    const db = raw(dbName);
    expect([await db.get('book/a/0'), await db.get('book/a/1'), await db.get('meta/a')]).toEqual([undefined, undefined, undefined]);
    expect(await lib.deleteWorkbook('a')).toMatchObject({ ok: false, reason: 'missing' });
    if (!deleted.ok) return;
    expect(await lib.restoreWorkbook(deleted.token)).toMatchObject({ ok: true, meta: { id: 'a', name: 'Doomed', rev: 2 } });
    expect(await lib.listWorkbooks()).toEqual(before);
    expect(await lib.loadWorkbook('a')).toMatchObject({ ok: true, book: bookWith({ A1: 'y' }) });
    expect(await lib.saveWorkbook('a', bookWith({ A1: 'z' }), { expectRev: 2 })).toMatchObject({ ok: true, meta: { rev: 3 } });
    expect(await lib.restoreWorkbook(deleted.token)).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('remembers the last opened workbook while it exists', async () => {
    const { lib } = fresh();
    expect(await lib.lastOpened()).toBeNull();
    await lib.createWorkbook(bookWith({}), 'A');
    await lib.setLastOpened('a');
    expect(await lib.lastOpened()).toBe('a');
    await lib.deleteWorkbook('a');
    expect(await lib.lastOpened()).toBeNull();
    await lib.setLastOpened(null);
    expect(await lib.lastOpened()).toBeNull();
  });

  it('survives a second library object on the same database (a reload)', async () => {
    const { lib, dbName } = fresh();
    await lib.createWorkbook(bookWith({ A1: 'persisted' }), 'A');
    await lib.setLastOpened('a');
    const reloaded = makeLibrary({ dbName });
    const id = await reloaded.lastOpened();
    expect(id).toBe('a');
    expect(await reloaded.loadWorkbook(id!)).toMatchObject({ ok: true, book: bookWith({ A1: 'persisted' }) });
  });

  it('skips damaged meta records in the list', async () => {
    const { lib, dbName } = fresh();
    await lib.createWorkbook(bookWith({}), 'Good');
    await raw(dbName).set('meta/zz', { id: 'zz', name: 5 });
    expect((await lib.listWorkbooks()).map((m) => m.name)).toEqual(['Good']);
  });
});

describe('names and persistence', () => {
  it.each([
    ['  My  book ', 'My book'],
    ['', 'Untitled'],
    ['\n\t', 'Untitled'],
    ['a\u0000b', 'a b'],
    ['x'.repeat(300), 'x'.repeat(200)],
  ])('cleanName(%j) is %j', (name, clean) => expect(cleanName(name)).toBe(clean));

  it('asks for persistent storage once', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persist, persisted: async () => false })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    const again = vi.fn(async () => true);
    expect(await requestPersistence({ persist: again, persisted: async () => true })).toBe(true);
    expect(again).not.toHaveBeenCalled();
    expect(await requestPersistence({ persist: async () => false, persisted: async () => false })).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')), persisted: async () => false })).toBe(false);
  });
});

describe('the app library', () => {
  it('works on the default database when given no options, as the app makes it', async () => {
    const lib = makeLibrary();
    const created = await lib.createWorkbook(bookWith({ A1: 'app' }), 'Default');
    if (!created.ok) throw new Error(created.message);
    await lib.setLastOpened(created.id);
    expect(await makeLibrary().lastOpened()).toBe(created.id);
    expect((await makeLibrary().listWorkbooks()).map((m) => m.name)).toContain('Default');
    expect(await makeLibrary().loadWorkbook(created.id)).toMatchObject({ ok: true, book: bookWith({ A1: 'app' }) });
    const databases = await indexedDB.databases();
    expect(databases.map((d) => d.name)).toContain('gradsheet');
  });
});
