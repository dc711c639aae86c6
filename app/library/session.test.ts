import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeLibrary } from '../../storage/idb';
import type { WorkbookFile } from '../../storage/format';
import type { BookMeta } from '../../storage/library';
import { encodeShareLink } from '../../storage/link';
import { emptyWorkbook } from '../state/document';
import { type Notice, makeSession } from './session';

let dbCount = 0;

function book(a1: string): WorkbookFile {
  const b = emptyWorkbook();
  b.sheets[0].cells = { A1: a1 };
  return b;
}

/** A session over a fresh database, with a host that records what it was told. */
function setup(opts: { hash?: string; library?: ReturnType<typeof makeLibrary> } = {}) {
  const library = opts.library ?? makeLibrary({ dbName: `session-test-${++dbCount}` });
  const state = { doc: emptyWorkbook(), notices: [] as (Notice | null)[], books: [] as BookMeta[], open: null as BookMeta | null, hash: opts.hash ?? '' };
  const session = makeSession({
    library,
    firstVisit: () => book('=1 + 1'),
    firstVisitName: 'Tutorial',
    hash: () => state.hash,
    clearHash: () => (state.hash = ''),
    host: {
      current: () => state.doc,
      show: (f) => (state.doc = f),
      notify: (n) => state.notices.push(n),
      listChanged: (b) => (state.books = b),
      opened: (m) => (state.open = m),
    },
  });
  return { session, state, library };
}

describe('session', () => {
  it('opens the first-visit workbook and stores it', async () => {
    const { session, state } = setup();
    await session.start();
    expect(state.doc.sheets[0].cells.A1).toBe('=1 + 1');
    expect(state.books.map((b) => b.name)).toEqual(['Tutorial']);
    session.dispose();
  });

  it('saves edits, and opens the last workbook on the next start', async () => {
    const { session, state, library } = setup();
    await session.start();
    state.doc = book('42');
    session.edited();
    expect(await session.flush()).toBe(true);
    session.dispose();
    const again = setup({ library });
    await again.session.start();
    expect(again.state.doc.sheets[0].cells.A1).toBe('42');
    again.session.dispose();
  });

  it('opens a share link as a new copy, keeping the workbooks already there', async () => {
    const { session, state, library } = setup();
    await session.start();
    session.dispose();
    const link = await encodeShareLink(book('=7 * 6'));
    if (!link.ok) throw new Error(link.message);
    const visitor = setup({ library, hash: link.fragment });
    await visitor.session.start();
    expect(visitor.state.doc.sheets[0].cells.A1).toBe('=7 * 6');
    expect(visitor.state.hash).toBe('');
    expect(visitor.state.books.map((b) => b.name).sort()).toEqual(['Shared workbook', 'Tutorial']);
    expect(state.books).toHaveLength(1);
    visitor.session.dispose();
  });

  it('refuses a broken link, saying why, and opens the last workbook instead', async () => {
    const { session, state } = setup({ hash: '#book=v1.@@@' });
    await session.start();
    expect(state.notices.some((n) => n?.kind === 'error' && /link could not be opened/.test(n.text))).toBe(true);
    expect(state.doc.sheets[0].cells.A1).toBe('=1 + 1');
    session.dispose();
  });

  it('imports a valid file as a new workbook and refuses a malformed one untouched', async () => {
    const { session, state } = setup();
    await session.start();
    const good = new Blob([JSON.stringify(book('5'))]) as Blob & { name?: string };
    good.name = 'mine.gradsheet.json';
    expect(await session.importFile(good)).toBe(true);
    expect(state.open?.name).toBe('mine');
    const bad = Object.assign(new Blob(['{"format": "gradsheet", "version": 1, "sheets": "no"}']), { name: 'bad.json' });
    expect(await session.importFile(bad)).toBe(false);
    expect(state.notices.at(-1)?.text).toMatch(/^bad\.json was not imported: invalid workbook: sheets/);
    expect(state.books).toHaveLength(2);
    session.dispose();
  });

  it('deletes with undo', async () => {
    const { session, state } = setup();
    await session.start();
    await session.newBook(book('1'));
    const id = state.open!.id;
    await session.remove(id);
    expect(state.books.map((b) => b.id)).not.toContain(id);
    state.notices.at(-1)?.action?.run();
    await new Promise((r) => setTimeout(r, 20));
    expect(state.books.map((b) => b.id)).toContain(id);
    session.dispose();
  });
});
