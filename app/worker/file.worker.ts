// The file worker: the work on a workbook's whole text that would take the page for seconds on a million
// cells (issue 10). It reads a file the user gave (decoding, parsing, checking) and hands the workbook to
// the page in parts; and it keeps a copy of the document shown, changed as the app changes it, from which
// it saves: checking, writing the text and storing it in the library all happen here, not on the page.

import { importWorkbookFile } from '../../storage/file';
import type { CellEntry, WorkbookFile } from '../../storage/format';
import { makeLibrary } from '../../storage/idb';
import { unnamed } from '../library/book-name';
import { adopt, applyInPlace } from '../state/book-change';
import type { FileReply, FileRequest } from './file-protocol';

/** Cells per `read-cells` message: each is a few ms for the page to take and add to its document. */
const CELLS_PER_PART = 10_000;

const post = (reply: FileReply): void => (self as unknown as Worker).postMessage(reply);
const library = makeLibrary();

/** The document shown, as the app last told it; null before one is shown. */
let shown: WorkbookFile | null = null;
/** The last workbook read (without its name), until another is read. */
let lastRead: { id: number; doc: WorkbookFile } | null = null;

async function read(id: number, file: Blob): Promise<void> {
  const result = await importWorkbookFile(file);
  if (!result.ok) return post({ type: 'read-failed', id, message: result.message });
  const book = result.book;
  post({ type: 'read-head', id, head: { ...book, sheets: book.sheets.map((s) => ({ ...s, cells: {} })) } });
  book.sheets.forEach((s, sheet) => {
    const keys = Object.keys(s.cells);
    for (let i = 0; i < keys.length; i += CELLS_PER_PART) {
      const part = keys.slice(i, i + CELLS_PER_PART);
      const entries: CellEntry[] = part.map((k) => s.cells[k]);
      post({ type: 'read-cells', id, sheet, keys: part, entries, objects: part.filter((_, j) => typeof entries[j] !== 'string') });
    }
  });
  lastRead = { id, doc: unnamed(book) };
  post({ type: 'read-done', id });
}

function show(doc: WorkbookFile): void {
  adopt(doc);
  shown = doc;
}

const withUi = (doc: WorkbookFile, ui: WorkbookFile['ui']): WorkbookFile => (ui ? { ...doc, ui } : doc);
const nothingShown = { ok: false, reason: 'error', message: 'not saved: no workbook is open' } as const;

// Saves and creations run one after another, in the order asked, each from the document as it was when asked:
// a change that arrives while one is being stored waits for it.
let queue: Promise<void> = Promise.resolve();
const inTurn = (job: () => Promise<void>): void => void (queue = queue.then(job));

function handle(msg: FileRequest): void {
  switch (msg.type) {
    case 'read':
      return inTurn(() => read(msg.id, msg.file));
    case 'open':
      return inTurn(async () => show(msg.doc));
    case 'adopt':
      return inTurn(async () => void (lastRead?.id === msg.read && show(lastRead.doc)));
    case 'change':
      return inTurn(async () => void (shown && (shown = applyInPlace(shown, msg.change))));
    case 'save':
      return inTurn(async () => {
        const result = shown ? await library.saveWorkbook(msg.book, withUi(shown, msg.ui), msg.options) : nothingShown;
        post({ type: 'saved', id: msg.id, result });
      });
    case 'create':
      return inTurn(async () => {
        const doc = msg.read !== undefined && lastRead?.id === msg.read ? lastRead.doc : shown && withUi(shown, msg.ui);
        const result = doc ? await library.createWorkbook(doc, msg.name) : nothingShown;
        post({ type: 'created', id: msg.id, result });
      });
  }
}

self.onmessage = (e: MessageEvent<FileRequest>) => handle(e.data);
