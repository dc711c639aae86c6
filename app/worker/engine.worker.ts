// The engine in a Web Worker: holds the workbook, applies edits, answers with the cells that changed.
// A long run answers in batches as it goes, and names each formula cell before computing it, so the
// app can show what is done and stop exactly the cell that runs. A bug of ours is reported back as a
// message and the worker keeps serving; a cell that cannot be computed or shown becomes that cell's
// error, never a lost batch.

import type { CellValue } from '../../engine/value';
import { type RecalcProgress, Workbook } from '../../formula/book';
import { type ElementPage, type InspectInfo, inspectCell, inspectElements } from '../../formula/inspect';
import { type WorkbookProfile, profileWorkbook } from '../../formula/profile';
import { readWorkbookBytes } from '../../storage/file';
import { readWorkbook } from '../../storage/format';
import { type CellView, heldView, safeCellView } from './cell-view';
import { makeTrainWorker } from '../train/train-worker';
import { type OpenedBook, openWorkbook } from './load-book';
import type { Reply, Request } from './protocol';

/** The longest a run computes without showing what it has (ms). */
const BATCH_MS = 100;

/**
 * The most cell views one message carries: the page takes each message in one task, and 1,000 views
 * clone and apply in a few ms, so a million changed cells never block it (issue 10).
 */
const VIEWS_PER_MESSAGE = 1000;

// A worker's synchronous file reader (lib.webworker's, which the app's DOM typings leave out): a load reads
// its file before the edits queued behind it run.
declare const FileReaderSync: new () => { readAsArrayBuffer(blob: Blob): ArrayBuffer };

const post = (reply: Reply, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(reply, transfer);

/**
 * The most pending cells a message names (the page marks them as computing): a load of a million
 * formulas would otherwise send a million labels every BATCH_MS.
 */
const PENDING_LIMIT = 5000;

/**
 * How often a long run names the cell it starts, besides cells expected to be slow (which always are).
 * Naming every cell of a million-cell load was a million messages, each a task of the page's. A
 * cell that turns out slow without being expected to, in the middle of a long run, may go unnamed:
 * Cancel then stops the last cell named (the per-cell time budget ends such a cell anyway).
 */
const ANNOUNCE_MS = 50;

/** The run in progress: its version, whether it is a load, when it began, last posted and last named a cell, the cell it computes. */
let run = { version: 0, reset: false, start: 0, posted: 0, announced: 0, cell: null as string | null };

/** The open workbook's cells that show something other than their value: held inputs, computations that threw. */
let shownInstead: Pick<OpenedBook, 'held' | 'failed'> = { held: new Set(), failed: new Map() };

/** Why a cell shows something other than its value, as an error; null when it shows its value. */
function shownError(label: string): { code: string; message: string } | null {
  if (shownInstead.held.has(label))
    return {
      code: '#LOOP!',
      message: 'not computed: this workbook stopped the engine when it was last open; recalculate it from the notice, or edit this cell',
    };
  const failed = shownInstead.failed.get(label);
  return failed === undefined
    ? null
    : { code: '#VALUE!', message: `the engine failed computing this cell (${failed}); edit it to try again` };
}

function viewOf(from: Workbook, label: string, value: CellValue): CellView {
  if (shownInstead.held.has(label)) return heldView(from.input(label));
  const instead = shownError(label);
  if (instead) return { kind: 'error', text: instead.code, error: { ...instead, origin: label } };
  return safeCellView(value, label);
}

/** What the inspector shows of a cell; null when it cannot be built (the inspector then shows the input alone). */
function inspection(label: string): InspectInfo | null {
  try {
    const info = inspectCell(book, label);
    const instead = shownError(label);
    return info && instead ? { ...info, json: { kind: 'error', ...instead }, repr: '', graph: [], history: null } : info;
  } catch {
    return null;
  }
}

/** The workbook recalculated afresh under the profiler; the workbook shown is not touched. */
function profiled(): WorkbookProfile | null {
  try {
    return profileWorkbook(book.toJSON());
  } catch {
    return null;
  }
}

function viewsOf(
  from: Workbook,
  cells: readonly (readonly [string, CellValue])[],
): { values: Record<string, CellView>; transfer: Transferable[] } {
  const values: Record<string, CellView> = {};
  const transfer: Transferable[] = [];
  for (const [label, value] of cells) {
    const view = viewOf(from, label, value);
    if (view.series) transfer.push(view.series.buffer);
    if (view.block) transfer.push(view.block.data.buffer);
    values[label] = view;
  }
  return { values, transfer };
}

/** What changed since the last post (and `also`), in messages of at most VIEWS_PER_MESSAGE views; only the last can be `done`. */
function postValues(from: Workbook, done: boolean, pending: string[], also: Iterable<string> = []): void {
  const changed = new Map(from.takeChanged());
  for (const label of also) if (!changed.has(label)) changed.set(label, from.value(label));
  const cells = [...changed];
  const now = performance.now();
  run.posted = now;
  for (let i = 0; i === 0 || i < cells.length; i += VIEWS_PER_MESSAGE) {
    const { values, transfer } = viewsOf(from, cells.slice(i, i + VIEWS_PER_MESSAGE));
    const last = i + VIEWS_PER_MESSAGE >= cells.length;
    post(
      {
        type: 'values',
        version: run.version,
        reset: run.reset,
        done: done && last,
        values,
        ...(i === 0 ? { pending } : {}),
        ms: now - run.start,
      },
      transfer,
    );
  }
}

// Before a cell expected to be slow, what is done so far goes out first: quick cells never wait for it.
function onProgress(p: RecalcProgress, from: Workbook): void {
  const now = performance.now();
  if (p.slow || now - run.posted >= BATCH_MS) postValues(from, false, p.pending(PENDING_LIMIT));
  run.cell = p.cell;
  // A short run names every cell it starts, so Cancel stops exactly the one that hangs.
  if (p.slow || now - run.start < BATCH_MS || now - run.announced >= ANNOUNCE_MS) {
    run.announced = now;
    post({ type: 'running', version: run.version, cell: p.cell });
  }
}

let book = new Workbook();
book.onProgress = onProgress;

// A training run's cells go out as an edit's do, once its load's replies are over.
const trainer = makeTrainWorker({
  book: () => book,
  post: (msg) => post({ type: 'train', msg }),
  publish: (since = performance.now()) => ((run = { ...run, reset: false, start: since }), postValues(book, true, [])),
});

function handle(msg: Request): void {
  switch (msg.type) {
    case 'load': {
      const start = performance.now();
      run = { version: msg.version, reset: true, start, posted: start, announced: 0, cell: null };
      const read =
        msg.file instanceof Blob
          ? readWorkbookBytes(new Uint8Array(new FileReaderSync().readAsArrayBuffer(msg.file)))
          : readWorkbook(msg.file);
      if (!read.ok) throw new Error(`the workbook could not be read: ${read.message}`);
      trainer.reset();
      const opened = openWorkbook(read.book, msg.cancelled, msg.hold === true, onProgress, () => run.cell);
      book = opened.book;
      book.onProgress = onProgress;
      shownInstead = opened;
      for (const message of opened.warnings) post({ type: 'warning', version: msg.version, message });
      postValues(book, true, [], [...opened.held, ...opened.failed.keys()]);
      return;
    }
    case 'edit': {
      const start = performance.now();
      run = { version: msg.version, reset: false, start, posted: start, announced: 0, cell: null };
      for (const [label] of msg.edits) {
        shownInstead.held.delete(label);
        shownInstead.failed.delete(label);
      }
      try {
        book.setMany(msg.edits);
      } finally {
        // What was computed before a bug still shows; the bug is reported after it.
        postValues(book, true, []);
      }
      return;
    }
    case 'inspect':
      post({ type: 'inspect', id: msg.id, info: inspection(msg.label) });
      return;
    case 'elements': {
      let page: ElementPage | null = null;
      try {
        page = inspectElements(book, msg.label, msg.window);
      } catch {
        // a value whose elements cannot be read has none to show
      }
      post({ type: 'elements', id: msg.id, page }, page ? [page.data.buffer] : []);
      return;
    }
    case 'profile':
      post({ type: 'profile', id: msg.id, profile: profiled() });
      return;
    case 'train':
      trainer.handle(msg.msg);
      return;
  }
}

self.onmessage = (e: MessageEvent<Request>) => {
  try {
    handle(e.data);
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    post({ type: 'bug', version: 'version' in e.data ? e.data.version : -1, message: error.message, stack: error.stack ?? '' });
  }
};
