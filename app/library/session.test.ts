import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { makeLibrary } from '../../storage/idb';
import type { WorkbookFile } from '../../storage/format';
import type { BookMeta } from '../../storage/library';
import { decodeShareLink, encodeShareLink } from '../../storage/link';
import { emptyWorkbook } from '../state/document';
import { type Notice, makeSession, noticeAfterSwitch } from './session';

let dbCount = 0;

function book(a1: string): WorkbookFile {
  const b = emptyWorkbook();
  b.sheets[0].cells = { A1: a1 };
  return b;
}

/** A session over a fresh database, with a host that records what it was told. */
function setup(opts: { hash?: string; library?: ReturnType<typeof makeLibrary> } = {}) {
  const library = opts.library ?? makeLibrary({ dbName: `session-test-${++dbCount}` });
  const state = {
    doc: emptyWorkbook(),
    notices: [] as (Notice | null)[],
    books: [] as BookMeta[],
    open: null as BookMeta | null,
    hash: opts.hash ?? '',
  };
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
    session.edited({ cells: [['Sheet1', 'A1', '42']] });
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
    // The undo writes to storage first; on a loaded machine that takes longer than any fixed pause.
    await vi.waitFor(() => expect(state.books.map((b) => b.id)).toContain(id));
    session.dispose();
  });

  it("writes the workbook's name into an exported file and a share link, and opens both under it", async () => {
    const { session, state, library } = setup();
    await session.start();
    await session.rename(state.open!.id, 'Loss: a/b');
    const file = session.exportFile();
    expect(file.name).toBe('Loss- a-b.gradsheet.json');
    expect(JSON.parse(file.text).name).toBe('Loss: a/b');
    const link = await session.shareLink('http://x/');
    if (!link.ok) throw new Error(link.message);
    const decoded = await decodeShareLink(link.url.slice('http://x/'.length));
    expect(decoded?.ok && decoded.book.name).toBe('Loss: a/b');
    session.dispose();

    const visitor = setup({ library, hash: link.url.slice('http://x/'.length) });
    await visitor.session.start();
    expect(visitor.state.open?.name).toBe('Loss: a/b');
    expect(visitor.state.notices.at(-1)?.text).toBe(
      'Opened the shared workbook “Loss: a/b” as a new copy; your other workbooks are untouched.',
    );
    // The name lives in the library, not in the stored file (a rename would leave it stale there).
    expect('name' in visitor.state.doc).toBe(false);
    const imported = Object.assign(new Blob([file.text]), { name: 'renamed by the browser (1).gradsheet.json' });
    expect(await visitor.session.importFile(imported)).toBe(true);
    expect(visitor.state.open?.name).toBe('Loss: a/b');
    visitor.session.dispose();
  });

  it('opens an example the user already has instead of another copy, offering a fresh one', async () => {
    const { session, state } = setup();
    await session.start();
    expect(await session.openExample(book('=2'), 'Gallery')).toBe(true);
    const first = state.open!.id;
    await session.newBook(book('other'));
    state.doc = book('=2 edited');
    session.edited({ cells: [['Sheet1', 'A1', '=2 edited']] });
    await session.flush();
    expect(await session.openExample(book('=2'), 'Gallery')).toBe(true);
    expect(state.open!.id).toBe(first);
    expect(state.books.filter((b) => b.name.startsWith('Gallery'))).toHaveLength(1);
    const offer = state.notices.at(-1)!;
    expect(offer).toMatchObject({ kind: 'info', text: 'Opened your copy of “Gallery” as you left it.', about: first });
    expect(offer.action?.label).toBe('Start a fresh copy');
    offer.action!.run();
    await new Promise((r) => setTimeout(r, 50));
    expect(state.open!.name).toBe('Gallery (2)');
    expect(state.doc.sheets[0].cells.A1).toBe('=2');
    // The tutorial a first visit opened is a copy too.
    expect(await session.openExample(book('=1 + 1'), 'Tutorial')).toBe(true);
    expect(state.books.filter((b) => b.name.startsWith('Tutorial'))).toHaveLength(1);
    session.dispose();
  });

  it('marks notices with the workbook they are about, and drops those once another workbook opens', async () => {
    const { session, state } = setup();
    await session.start();
    const good = Object.assign(new Blob([JSON.stringify(book('5'))]), { name: 'mine.json' });
    await session.importFile(good);
    const imported = state.notices.at(-1)!;
    expect(imported.about).toBe(state.open!.id);
    expect(noticeAfterSwitch(imported, state.open!.id)).toBe(imported);
    expect(noticeAfterSwitch(imported, 'another')).toBeNull();
    const update: Notice = { kind: 'info', text: 'A new version is ready.' };
    expect(noticeAfterSwitch(update, 'another')).toBe(update);
    expect(noticeAfterSwitch(null, 'another')).toBeNull();
    // Deleting the open workbook switches to another; the Undo offer is about the library and stays.
    await session.remove(state.open!.id);
    expect(state.notices.at(-1)?.text).toBe('Deleted “mine”.');
    expect(state.notices.at(-1)?.about).toBeUndefined();
    session.dispose();
  });
});
