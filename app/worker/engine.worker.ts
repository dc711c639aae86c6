// The engine in a Web Worker: holds the workbook, applies edits, answers with the cells that changed.
// A long run answers in batches as it goes, and names each formula cell before computing it, so the
// app can show what is done and stop exactly the cell that runs. A bug of ours is reported back as a
// message and the worker keeps serving.

import { type RecalcProgress, Workbook } from '../../formula/book';
import { inspectCell, inspectElements } from '../../formula/inspect';
import { readWorkbook } from '../../storage/format';
import { cellView, type CellView } from './cell-view';
import type { Reply, Request } from './protocol';

/** The longest a run computes without showing what it has (ms). */
const BATCH_MS = 100;

/**
 * The most cell views one message carries: the page takes each message in one task, and 2,000 views
 * clone and apply in a few ms, so a million changed cells never block it (issue 10).
 */
const VIEWS_PER_MESSAGE = 2000;

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

/** The run in progress: its version, whether it is a load, when it began, last posted and last named a cell. */
let run = { version: 0, reset: false, start: 0, posted: 0, announced: 0 };

function viewsOf(from: Workbook, labels: readonly string[]): { values: Record<string, CellView>; transfer: Transferable[] } {
  const values: Record<string, CellView> = {};
  const transfer: Transferable[] = [];
  for (const label of labels) {
    const view = cellView(from.value(label));
    if (view.series) transfer.push(view.series.buffer);
    if (view.block) transfer.push(view.block.data.buffer);
    values[label] = view;
  }
  return { values, transfer };
}

/** What changed since the last post, in messages of at most VIEWS_PER_MESSAGE views; only the last can be `done`. */
function postValues(from: Workbook, done: boolean, pending: string[]): void {
  const labels = from.takeChanged();
  const now = performance.now();
  run.posted = now;
  for (let i = 0; i === 0 || i < labels.length; i += VIEWS_PER_MESSAGE) {
    const { values, transfer } = viewsOf(from, labels.slice(i, i + VIEWS_PER_MESSAGE));
    const last = i + VIEWS_PER_MESSAGE >= labels.length;
    post({ type: 'values', version: run.version, reset: run.reset, done: done && last, values, pending, ms: now - run.start }, transfer);
  }
}

// Before a cell expected to be slow, what is done so far goes out first: quick cells never wait for it.
function onProgress(p: RecalcProgress, from: Workbook): void {
  const now = performance.now();
  if (p.slow || now - run.posted >= BATCH_MS) postValues(from, false, p.pending(PENDING_LIMIT));
  // A short run names every cell it starts, so Cancel stops exactly the one that hangs.
  if (p.slow || now - run.start < BATCH_MS || now - run.announced >= ANNOUNCE_MS) {
    run.announced = now;
    post({ type: 'running', version: run.version, cell: p.cell });
  }
}

let book = new Workbook();
book.onProgress = onProgress;

function handle(msg: Request): void {
  switch (msg.type) {
    case 'load': {
      const start = performance.now();
      run = { version: msg.version, reset: true, start, posted: start, announced: 0 };
      const read = readWorkbook(msg.file);
      book = read.ok ? Workbook.fromFile(read.book, msg.cancelled, onProgress) : new Workbook();
      book.onProgress = onProgress;
      postValues(book, true, []);
      return;
    }
    case 'edit': {
      const start = performance.now();
      run = { version: msg.version, reset: false, start, posted: start, announced: 0 };
      book.setMany(msg.edits);
      postValues(book, true, []);
      return;
    }
    case 'inspect':
      post({ type: 'inspect', id: msg.id, info: inspectCell(book, msg.label) });
      return;
    case 'elements': {
      const page = inspectElements(book, msg.label, msg.window);
      post({ type: 'elements', id: msg.id, page }, page ? [page.data.buffer] : []);
      return;
    }
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
