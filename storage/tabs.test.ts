import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { WorkbookFile } from './format';
import { makeLibrary } from './idb';
import { type ChannelConstructor, type ChannelLike, type TabSyncOptions, makeTabSync } from './tabs';

/** An in-memory BroadcastChannel: delivers to every other channel of the same name, asynchronously. */
function makeHub(): { Channel: ChannelConstructor; sent: unknown[] } {
  const open = new Set<FakeChannel>();
  const sent: unknown[] = [];
  class FakeChannel implements ChannelLike {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    constructor(readonly name: string) {
      open.add(this);
    }
    postMessage(message: unknown) {
      sent.push(message);
      const data = structuredClone(message);
      for (const c of open) if (c !== this && c.name === this.name) queueMicrotask(() => c.onmessage?.({ data }));
    }
    close() {
      open.delete(this);
    }
  }
  return { Channel: FakeChannel, sent };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function tab(Channel: ChannelConstructor, tabId: string, over: Partial<TabSyncOptions> = {}) {
  const state = { dirty: false };
  const events = { reload: vi.fn(), conflict: vi.fn(), elsewhere: vi.fn(), deleted: vi.fn(), library: vi.fn() };
  const sync = makeTabSync({
    Channel,
    tabId,
    hasUnsavedEdits: () => state.dirty,
    onReload: events.reload,
    onConflict: events.conflict,
    onOpenElsewhere: events.elsewhere,
    onDeleted: events.deleted,
    onLibraryChanged: events.library,
    ...over,
  });
  return { sync, state, events };
}

describe('makeTabSync', () => {
  it('asks a clean tab showing the workbook to reload a newer revision', async () => {
    const { Channel } = makeHub();
    const one = tab(Channel, 'one');
    const two = tab(Channel, 'two');
    one.sync.open('book', 3);
    two.sync.open('book', 3);
    one.sync.saved('book', 4);
    await settle();
    expect(two.events.reload).toHaveBeenCalledWith({ id: 'book', rev: 4, from: 'one' });
    expect(two.events.conflict).not.toHaveBeenCalled();
    expect(one.events.reload).not.toHaveBeenCalled();
    expect(one.sync.rev()).toBe(4);
  });

  it('reports a conflict to a tab with unsaved edits instead of reloading', async () => {
    const { Channel } = makeHub();
    const one = tab(Channel, 'one');
    const two = tab(Channel, 'two');
    one.sync.open('book', 3);
    two.sync.open('book', 3);
    two.state.dirty = true;
    one.sync.saved('book', 4);
    await settle();
    expect(two.events.conflict).toHaveBeenCalledWith({ id: 'book', rev: 4, from: 'one' });
    expect(two.events.reload).not.toHaveBeenCalled();
    // The tab's own revision stays where it was, so its next save is refused by storage.
    expect(two.sync.rev()).toBe(3);
  });

  it('ignores saves of other workbooks and revisions it already has, but refreshes the list', async () => {
    const { Channel } = makeHub();
    const one = tab(Channel, 'one');
    const two = tab(Channel, 'two');
    two.sync.open('book', 5);
    one.sync.saved('other', 9);
    one.sync.saved('book', 5);
    await settle();
    expect(two.events.reload).not.toHaveBeenCalled();
    expect(two.events.conflict).not.toHaveBeenCalled();
    expect(two.events.library).toHaveBeenCalledTimes(2);
  });

  it('tells both tabs when a second one opens the same workbook', async () => {
    const { Channel } = makeHub();
    const one = tab(Channel, 'one');
    const two = tab(Channel, 'two');
    const three = tab(Channel, 'three');
    one.sync.open('book', 1);
    three.sync.open('elsewhere', 1);
    await settle();
    two.sync.open('book', 1);
    await settle();
    expect(one.events.elsewhere).toHaveBeenCalledWith({ id: 'book', from: 'two' });
    expect(two.events.elsewhere).toHaveBeenCalledWith({ id: 'book', from: 'one' });
    expect(three.events.elsewhere).not.toHaveBeenCalled();
  });

  it('tells a tab that its workbook was deleted elsewhere', async () => {
    const { Channel } = makeHub();
    const one = tab(Channel, 'one');
    const two = tab(Channel, 'two');
    two.sync.open('book', 1);
    one.sync.deleted('book');
    one.sync.libraryChanged();
    await settle();
    expect(two.events.deleted).toHaveBeenCalledWith({ id: 'book', from: 'one' });
    expect(two.events.library).toHaveBeenCalledTimes(2);
  });

  it('ignores malformed messages and its own', async () => {
    const { Channel } = makeHub();
    const two = tab(Channel, 'two');
    two.sync.open('book', 1);
    const raw = new Channel('gradsheet-library');
    for (const data of [
      null,
      'saved',
      { type: 'saved', id: 'book', rev: '9', from: 'x' },
      { type: 'saved', id: 'book', rev: 9 },
      { type: 'saved', id: 'book', rev: 9, from: 'two' },
      { type: 'nope', from: 'x' },
      { type: 'saved', id: { length: 1 }, rev: 9, from: 'x' },
    ])
      raw.postMessage(data);
    await settle();
    expect(two.events.reload).not.toHaveBeenCalled();
    expect(two.events.library).not.toHaveBeenCalled();
  });

  it('stops hearing after close, and works without any BroadcastChannel', async () => {
    const { Channel } = makeHub();
    const one = tab(Channel, 'one');
    const two = tab(Channel, 'two');
    two.sync.open('book', 1);
    two.sync.close();
    one.sync.saved('book', 2);
    await settle();
    expect(two.events.reload).not.toHaveBeenCalled();
    vi.stubGlobal('BroadcastChannel', undefined);
    try {
      const lonely = makeTabSync({ hasUnsavedEdits: () => false });
      lonely.open('x', 1);
      lonely.saved('x', 2);
      expect(lonely.rev()).toBe(2);
      lonely.close();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('works over the real BroadcastChannel', async () => {
    const name = `test-${Math.random()}`;
    const reload = vi.fn();
    const one = makeTabSync({ hasUnsavedEdits: () => false, channelName: name });
    const two = makeTabSync({ hasUnsavedEdits: () => false, channelName: name, onReload: reload });
    expect(one.tabId).not.toBe(two.tabId);
    two.open('book', 1);
    one.saved('book', 2);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledWith({ id: 'book', rev: 2, from: one.tabId }));
    one.close();
    two.close();
  });
});

describe('two tabs on one workbook, end to end', () => {
  const bookWith = (a1: string): WorkbookFile => ({
    format: 'gradsheet',
    version: 1,
    seed: 0,
    sheets: [{ name: 'Sheet1', cells: { A1: a1 } }],
    names: {},
    charts: [],
  });

  it('an edit in one tab reaches the other; a stale tab never overwrites silently', async () => {
    const { Channel } = makeHub();
    const dbName = `tabs-${Math.random()}`;
    const libOne = makeLibrary({ dbName });
    const libTwo = makeLibrary({ dbName });
    const created = await libOne.createWorkbook(bookWith('start'), 'Shared');
    if (!created.ok) throw new Error(created.message);
    const id = created.id;

    let twoShows = '';
    const two = tab(Channel, 'two', {
      onReload: ({ id: reloadId }) =>
        void libTwo.loadWorkbook(reloadId).then((loaded) => {
          if (!loaded.ok) return;
          twoShows = loaded.book.sheets[0].cells.A1 as string;
          two.sync.open(reloadId, loaded.meta.rev);
        }),
    });
    const one = tab(Channel, 'one');
    one.sync.open(id, 1);
    two.sync.open(id, 1);

    // Tab one edits and saves; tab two (clean) reloads and is at revision 2.
    const saved = await libOne.saveWorkbook(id, bookWith('from one'), { expectRev: one.sync.rev() });
    if (!saved.ok) throw new Error(saved.message);
    one.sync.saved(id, saved.meta.rev);
    await vi.waitFor(() => expect(twoShows).toBe('from one'));
    expect(two.sync.rev()).toBe(2);

    // Tab two has unsaved edits when tab one saves again: a conflict is reported, and its save is refused.
    two.state.dirty = true;
    const again = await libOne.saveWorkbook(id, bookWith('one again'), { expectRev: one.sync.rev() });
    if (!again.ok) throw new Error(again.message);
    one.sync.saved(id, again.meta.rev);
    await settle();
    expect(two.events.conflict).toHaveBeenCalledWith({ id, rev: 3, from: 'one' });
    expect(await libTwo.saveWorkbook(id, bookWith('two stale'), { expectRev: two.sync.rev() })).toMatchObject({
      ok: false,
      reason: 'conflict',
      storedRev: 3,
    });
    expect(await libTwo.loadWorkbook(id)).toMatchObject({ ok: true, book: bookWith('one again') });
    one.sync.close();
    two.sync.close();
  });
});
