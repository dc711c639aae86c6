// Owns the life of the open workbook in storage: which workbook is open, autosave (every edit saved
// within half a second, from the file worker's copy when there is one), the write-ahead journal, opening
// the last workbook, an example or a share link, and the other tabs. The list's actions (session-books.ts)
// and files and links (session-files.ts) are its parts. Plain module: storage is injected so tests run in Node.
// size: the session's one closure; its books, files and host are in session-books.ts, session-files.ts and session-host.ts.

import { type Autosaver, makeAutosaver } from '../../storage/autosave';
import type { WorkbookFile } from '../../storage/format';
import type { BookChange } from '../../storage/journal';
import type { BookMeta, CreateResult, Library, SaveOptions } from '../../storage/library';
import { makeJournalWriter } from '../../storage/journal-writer';
import { decodeShareLink } from '../../storage/link';
import { type TabSync, makeTabSync } from '../../storage/tabs';
import { answersWithin } from './answers-within';
import { carriedName, unnamed } from './book-name';
import { existingCopy, freshCopyName } from './example-copy';
import { makeBookActions } from './session-books';
import { makeFileActions } from './session-files';
import type { FileRead, Notice, SessionCore, SessionOptions } from './session-host';

export { type Notice, type NoticeKind, type SessionHost, type SessionOptions, noticeAfterSwitch } from './session-host';

export type Session = ReturnType<typeof makeSession>;

const STORAGE_WAIT_MS = 5000;

/** A storage failure as a notice: "Not saved: …", once (some messages from storage already begin so). */
const notSaved = (message: string): string => (/^not saved: /i.test(message) ? `Not saved: ${message.slice(11)}` : `Not saved: ${message}`);

// size: one closure over the open workbook's state (which is open, the conflict, the autosaver, the journal and the
// tabs), which every step below reads; each step is short, and the list's actions and files are parts of their own.
export function makeSession(opts: SessionOptions) {
  const { library, host } = opts;
  let open: BookMeta | null = null;
  let canSave = true;
  let persistAsked = false;
  /** Another tab saved over what this tab edits, and the user has not chosen yet. */
  let conflicted = false;

  /** Tells the user something about the open workbook. */
  // While a conflict waits for the user's choice, its notice stays: nothing else about the workbook replaces it.
  const tell = (notice: Notice): void => {
    if (!conflicted) host.notify({ ...notice, about: open?.id });
  };
  const conflict = (text: string): void => {
    conflicted = false;
    tell({
      kind: 'error',
      text,
      action: { label: 'Keep mine as a copy', run: () => void keepMineAsCopy() },
      secondary: { label: 'Use theirs', run: () => void useTheirs() },
      sticky: true,
    });
    conflicted = true;
  };

  const refreshList = async (): Promise<void> => {
    try {
      host.listChanged(await library.listWorkbooks());
    } catch {
      // The list is a convenience; a failure here is reported by the save path.
    }
  };

  const setOpen = (meta: BookMeta | null): void => {
    open = meta;
    host.opened(meta);
    tabs.open(meta?.id ?? null, meta?.rev);
    if (meta) journal.begin(meta.id, meta.rev);
  };

  /** Shows a workbook, and gives the file worker the document it will save from (`read`: the one it just read). */
  const show = (file: WorkbookFile, id: string | undefined, read?: { source?: Blob; id?: number }): void => {
    host.show(file, id, read && { adopted: true, ...(read.source ? { source: read.source } : {}) });
    opts.files?.show(file, read?.id);
  };

  /** Saves the document shown as the open workbook: from the file worker's copy when there is one. */
  const store = (id: string, options: SaveOptions) =>
    opts.files ? opts.files.save(id, host.current().ui, options) : library.saveWorkbook(id, host.current(), options);
  /** Stores the document shown as a new workbook. */
  const storeCopy = (name: string): Promise<CreateResult> =>
    opts.files ? opts.files.create(name, { ui: host.current().ui }) : library.createWorkbook(host.current(), name);

  const save = async (): Promise<boolean> => {
    if (!open || !canSave) return false;
    // The file worker's copy, asked now, holds exactly the edits up to the mark.
    const mark = { writer: tabs.tabId, seq: journal.seq() };
    const result = await store(open.id, { expectRev: tabs.rev(), journal: mark });
    if (result.ok) {
      open = result.meta;
      journal.rebase(result.meta.rev);
      tabs.saved(result.meta.id, result.meta.rev);
      if (!persistAsked) {
        persistAsked = true;
        void opts.persist?.();
      }
      return true;
    }
    if (result.reason === 'conflict') conflict('This workbook was changed in another tab. Your edits here are not saved over it.');
    else tell({ kind: 'error', text: notSaved(result.message) });
    return false;
  };

  const autosaver: Autosaver = makeAutosaver({
    save,
    delayMs: 250,
    maxWaitMs: 450,
    onError: (e) => tell({ kind: 'error', text: `Not saved: ${String(e)}` }),
  });

  const tabs: TabSync = makeTabSync({
    Channel: opts.Channel,
    hasUnsavedEdits: () => autosaver.pending(),
    onReload: () => void reopen(),
    onConflict: () => conflict('Another tab just saved this workbook while you were editing it here.'),
    onOpenElsewhere: () => tell({ kind: 'info', text: 'This workbook is also open in another tab: edits in either reach the other.' }),
    onDeleted: () =>
      tell({
        kind: 'error',
        text: 'Another tab deleted this workbook. It is still shown here; save a copy to keep it.',
        action: { label: 'Save a copy', run: () => void keepMineAsCopy() },
      }),
    onLibraryChanged: () => void refreshList(),
  });

  const journal = makeJournalWriter({
    writer: tabs.tabId,
    append: (records) => library.appendJournal(records),
    onFailure: (message) => tell({ kind: 'error', text: notSaved(message) }),
  });
  let releaseWriter = opts.writers?.hold(tabs.tabId) ?? (() => {});
  const live = async (): Promise<ReadonlySet<string>> => (await opts.writers?.live()) ?? new Set();

  /** Shows a loaded workbook; edits its journal gave back are saved soon, which also clears those records. */
  const showLoaded = (loaded: Extract<Awaited<ReturnType<Library['loadWorkbook']>>, { ok: true }>): void => {
    show(loaded.book, loaded.meta.id, {});
    setOpen(loaded.meta);
    if (loaded.journal?.applied) autosaver.edit();
    if (loaded.recovered) tell({ kind: 'error', text: loaded.message });
    else if (loaded.journal?.damaged)
      tell({
        kind: 'error',
        text: `${loaded.journal.damaged} of the last edits to this workbook could not be read back from the browser's storage; the rest are here.`,
      });
  };

  /** Before another workbook opens: this one's edits are saved, or kept as a copy when a conflict is waiting. */
  const leaveOpen = async (): Promise<void> => {
    if (conflicted) await keepMineAsCopy();
    else await autosaver.flush();
  };

  async function reopen(): Promise<void> {
    if (!open) return;
    const loaded = await library.loadWorkbook(open.id, { live: await live() });
    if (loaded.ok) showLoaded(loaded);
  }

  async function useTheirs(): Promise<void> {
    conflicted = false;
    await reopen();
  }

  async function keepMineAsCopy(): Promise<void> {
    const created = await storeCopy(`${open?.name ?? 'Workbook'} (this tab)`);
    if (!created.ok) {
      // A waiting conflict keeps its choices on screen, with why the copy failed.
      if (conflicted) return conflict(`Your edits here are not saved: ${created.message}`);
      return host.notify({ kind: 'error', text: notSaved(created.message) });
    }
    conflicted = false;
    setOpen(created.meta);
    tabs.libraryChanged();
    tell({ kind: 'info', text: `Saved your version as “${created.meta.name}”.` });
    await refreshList();
  }

  /** Stores a workbook as a new one and shows it; `read`: the file worker read it, and stores it from there. */
  async function openNew(file: WorkbookFile, name: string, read?: FileRead): Promise<boolean> {
    await leaveOpen();
    const created =
      read && opts.files ? await opts.files.create(name, { read: read.id }) : await library.createWorkbook(unnamed(file), name);
    if (!created.ok) {
      host.notify({ kind: 'error', text: `Could not store the workbook: ${created.message}` });
      return false;
    }
    show(unnamed(file), created.meta.id, read);
    setOpen(created.meta);
    await library.setLastOpened(created.id);
    tabs.libraryChanged();
    await refreshList();
    return true;
  }

  const core: SessionCore = {
    library,
    host,
    files: opts.files,
    bridge: opts.bridge,
    open: () => open,
    tabs,
    setOpen,
    tell,
    refreshList,
    openNew,
    openBook: (id) => api.openBook(id),
    flush: () => autosaver.flush(),
    firstVisit: () => ({ file: opts.firstVisit(), name: opts.firstVisitName }),
  };

  const api = {
    /** Opens a share link if the page has one, else the last workbook, else the first-visit example. */
    async start(): Promise<void> {
      try {
        await answersWithin(library.listWorkbooks(), opts.storageWaitMs ?? STORAGE_WAIT_MS);
      } catch {
        canSave = false;
        host.show(opts.firstVisit());
        host.notify({
          kind: 'error',
          text: 'This browser does not let Gradsheet save (storage is unavailable here); export a file to keep your work.',
        });
        return;
      }
      if (await api.openLink(opts.hash?.() ?? '')) return;
      const last = await library.lastOpened();
      if (last) {
        const loaded = await library.loadWorkbook(last, { live: await live() });
        if (loaded.ok) {
          showLoaded(loaded);
          await refreshList();
          return;
        }
      }
      const books = await library.listWorkbooks();
      if (books.length > 0) return void (await api.openBook(books[0].id));
      await openNew(opts.firstVisit(), opts.firstVisitName);
    },
    /** Opens a share link (from the page's hash) as a new workbook; false when the hash is no link or a broken one. */
    async openLink(hash: string): Promise<boolean> {
      const shared = await decodeShareLink(hash);
      if (!shared) return false;
      opts.clearHash?.();
      if (!shared.ok) {
        host.notify({ kind: 'error', text: `The link could not be opened: ${shared.message}` });
        return false;
      }
      const name = carriedName(shared.book) ?? 'Shared workbook';
      const ok = await openNew(shared.book, name);
      if (ok) tell({ kind: 'info', text: `Opened the shared workbook “${name}” as a new copy; your other workbooks are untouched.` });
      return ok;
    },
    /** Call after every change to the document (`change`) or the selection (null). */
    edited(change: BookChange | null): void {
      if (change) opts.files?.change(change);
      if (!canSave || !open) return;
      if (change) journal.record(change, host.current().ui);
      autosaver.edit();
    },
    flush: () => autosaver.flush(),
    /** Resolves once every edit so far is in the journal (null: nothing being written): the screen waits for it. */
    durable: () => journal.durable(),
    /**
     * The page is going away (`pagehide`): other tabs may replay this tab's journal from now on; what is unsaved is
     * saved, or kept as a copy when a conflict is waiting (the tab will not be there to choose).
     */
    async leave(): Promise<void> {
      releaseWriter();
      await leaveOpen();
    },
    /** The page came back from the back-forward cache: it is a live tab again. */
    resume(): void {
      releaseWriter();
      releaseWriter = opts.writers?.hold(tabs.tabId) ?? (() => {});
    },
    async openBook(id: string): Promise<void> {
      await leaveOpen();
      const loaded = await library.loadWorkbook(id, { live: await live() });
      if (!loaded.ok) return host.notify({ kind: 'error', text: loaded.message });
      showLoaded(loaded);
      await library.setLastOpened(id);
      await refreshList();
    },
    newBook: (file: WorkbookFile) => openNew(file, 'Untitled'),
    /**
     * Opens an example (`file` a fresh copy of it): the copy the user already has, as they left it, with an
     * offer to start a fresh one; a new copy when they have none.
     */
    async openExample(file: WorkbookFile, title: string): Promise<boolean> {
      let books: BookMeta[];
      try {
        books = await library.listWorkbooks();
      } catch {
        return openNew(file, title);
      }
      const copy = existingCopy(books, title);
      if (!copy) return openNew(file, title);
      if (copy.id !== open?.id) await api.openBook(copy.id);
      if (open?.id !== copy.id) return false;
      tell({
        kind: 'info',
        text: `Opened your copy of “${title}” as you left it.`,
        action: { label: 'Start a fresh copy', run: () => void openNew(file, freshCopyName(books, title)) },
      });
      return true;
    },
    ...makeBookActions(core),
    ...makeFileActions(core),
    openMeta: () => open,
    dispose(): void {
      releaseWriter();
      autosaver.dispose();
      tabs.close();
    },
  };
  return api;
}
