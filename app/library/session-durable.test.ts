// The session's durability: edits in the journal before any save, a conflict that waits for the user however
// many tabs open the workbook, and storage that fails without losing what is on screen.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkbookFile } from '../../storage/format';
import { makeLibrary } from '../../storage/idb';
import { diffBooks } from '../../storage/journal';
import type { BookMeta } from '../../storage/library';
import type { ChannelConstructor } from '../../storage/tabs';
import type { Writers } from '../../storage/writers';
import { emptyWorkbook } from '../state/document';
import { type Notice, makeSession } from './session';

let dbCount = 0;
const book = (cells: WorkbookFile['sheets'][number]['cells']): WorkbookFile => ({
  ...emptyWorkbook(),
  sheets: [{ name: 'Sheet1', cells }],
});
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};

/** Tabs over one library and one channel; `writers` says which tabs are open, as Web Locks would. */
function browser() {
  const library = makeLibrary({ dbName: `durable-test-${++dbCount}` });
  const name = `durable-channel-${dbCount}`;
  const Channel = class extends BroadcastChannel {
    constructor() {
      super(name);
    }
  } as unknown as ChannelConstructor;
  const alive = new Set<string>();
  const writers: Writers = {
    hold: (id) => (alive.add(id), () => alive.delete(id)),
    live: async () => new Set(alive),
  };
  const tabs: ReturnType<typeof makeSession>[] = [];
  const open = () => {
    const state = { doc: emptyWorkbook(), notices: [] as (Notice | null)[], open: null as BookMeta | null };
    const session = makeSession({
      library,
      writers,
      Channel,
      firstVisit: () => book({ A1: '=1 + 1' }),
      firstVisitName: 'Tutorial',
      host: {
        current: () => state.doc,
        show: (f) => (state.doc = f),
        notify: (n) => state.notices.push(n),
        listChanged: () => {},
        opened: (m) => (state.open = m),
      },
    });
    tabs.push(session);
    const edit = (cells: Record<string, string>) => {
      const before = state.doc;
      state.doc = book({ ...state.doc.sheets[0].cells, ...cells });
      session.edited(diffBooks(before, state.doc));
    };
    return { session, state, edit };
  };
  return { library, open, alive, closeAll: () => tabs.forEach((t) => t.dispose()) };
}

afterEach(() => vi.restoreAllMocks());

describe('edits are durable', () => {
  it('an edit is in storage once durable() resolves, before any save: a tab killed then keeps it', async () => {
    const b = browser();
    const one = b.open();
    await one.session.start();
    one.edit({ A1: '42' });
    await one.session.durable();
    // Killed: no flush, no save; the browser lets go of its lock.
    one.session.dispose();
    const two = b.open();
    await two.session.start();
    expect(two.state.doc.sheets[0].cells.A1).toBe('42');
    // The replayed edit is saved soon, which empties the journal.
    expect(await two.session.flush()).toBe(true);
    expect(await b.library.loadWorkbook(two.state.open!.id)).not.toHaveProperty('journal');
    b.closeAll();
  });

  it('a tab still open keeps its journal to itself', async () => {
    const b = browser();
    const one = b.open();
    await one.session.start();
    one.edit({ A1: 'mine' });
    await one.session.durable();
    const two = b.open();
    await two.session.start();
    expect(two.state.doc.sheets[0].cells.A1).toBe('=1 + 1');
    b.closeAll();
  });

  it('the conflict notice stays, without a dismiss, when a third tab opens the workbook, until the user chooses', async () => {
    const b = browser();
    const one = b.open();
    await one.session.start();
    const two = b.open();
    await two.session.start();
    await until(() => one.state.notices.some((n) => n?.text.includes('also open in another tab')));
    one.edit({ A1: 'one' });
    two.edit({ A2: 'two' });
    await two.session.flush();
    await until(() => one.state.notices.at(-1)?.text === 'Another tab just saved this workbook while you were editing it here.');
    const conflict = one.state.notices.at(-1)!;
    expect(conflict).toMatchObject({
      kind: 'error',
      sticky: true,
      action: { label: 'Keep mine as a copy' },
      secondary: { label: 'Use theirs' },
    });
    const three = b.open();
    await three.session.start();
    await until(() => two.state.notices.filter((n) => n?.text.includes('also open in another tab')).length >= 2);
    // The first tab's own save is refused too: its notice is still the conflict.
    await one.session.flush();
    expect(one.state.notices.at(-1)).toMatchObject({ sticky: true, action: { label: 'Keep mine as a copy' } });
    expect(one.state.notices.slice(one.state.notices.indexOf(conflict)).filter((n) => n?.kind === 'info')).toEqual([]);
    conflict.action!.run();
    await until(() => one.state.open?.name === 'Tutorial (this tab)');
    expect(one.state.doc.sheets[0].cells.A1).toBe('one');
    b.closeAll();
  });

  it('“Use theirs” shows the other tab’s version', async () => {
    const b = browser();
    const one = b.open();
    await one.session.start();
    const two = b.open();
    await two.session.start();
    one.edit({ A1: 'one' });
    two.edit({ A1: 'two' });
    await two.session.flush();
    await until(() => one.state.notices.at(-1)?.sticky === true);
    one.state.notices.at(-1)!.secondary!.run();
    await until(() => one.state.doc.sheets[0].cells.A1 === 'two');
    b.closeAll();
  });

  it('a tab closed with a conflict waiting keeps its edits as a copy', async () => {
    const b = browser();
    const one = b.open();
    await one.session.start();
    const two = b.open();
    await two.session.start();
    one.edit({ A1: 'one' });
    two.edit({ A1: 'two' });
    await two.session.flush();
    await until(() => one.state.notices.at(-1)?.sticky === true);
    await one.session.leave();
    const copy = (await b.library.listWorkbooks()).find((m) => m.name === 'Tutorial (this tab)');
    expect(copy).toBeDefined();
    expect(await b.library.loadWorkbook(copy!.id)).toMatchObject({ ok: true, book: { sheets: [{ cells: { A1: 'one' } }] } });
    b.closeAll();
  });

  it('storage that fails shows a notice once and keeps the workbook on screen', async () => {
    const b = browser();
    const one = b.open();
    await one.session.start();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    one.edit({ A1: 'kept in memory' });
    await one.session.durable();
    one.edit({ A2: 'and this' });
    await one.session.durable();
    const failures = one.state.notices.filter((n) => n?.kind === 'error');
    expect(failures.map((n) => n!.text)).toEqual([expect.stringMatching(/^Not saved: the browser's storage for this site is full/)]);
    expect(await one.session.flush()).toBe(false);
    expect(one.state.doc.sheets[0].cells).toEqual({ A1: 'kept in memory', A2: 'and this' });
    vi.restoreAllMocks();
    // Once storage works again, the next save keeps everything.
    one.edit({ A3: 'later' });
    expect(await one.session.flush()).toBe(true);
    expect(await b.library.loadWorkbook(one.state.open!.id)).toMatchObject({
      book: { sheets: [{ cells: { A1: 'kept in memory', A2: 'and this', A3: 'later' } }] },
    });
    b.closeAll();
  });

  it('storage that never answers (blocked) opens the first-visit workbook, saying nothing is saved', async () => {
    const library = { ...makeLibrary({ dbName: `durable-test-${++dbCount}` }), listWorkbooks: () => new Promise<never>(() => {}) };
    const state = { doc: emptyWorkbook(), notices: [] as (Notice | null)[] };
    const session = makeSession({
      library,
      storageWaitMs: 20,
      firstVisit: () => book({ A1: 'first' }),
      firstVisitName: 'Tutorial',
      host: {
        current: () => state.doc,
        show: (f) => (state.doc = f),
        notify: (n) => state.notices.push(n),
        listChanged: () => {},
        opened: () => {},
      },
    });
    await session.start();
    expect(state.doc.sheets[0].cells.A1).toBe('first');
    expect(state.notices.at(-1)?.text).toBe(
      'This browser does not let Gradsheet save (storage is unavailable here); export a file to keep your work.',
    );
    session.dispose();
  });
});
