// The engine in a Web Worker: holds the workbook, applies edits, answers with the cells that changed.
// A bug of ours is reported back as a message and the worker keeps serving.

import { Workbook } from '../../formula/book';
import { inspectCell } from '../../formula/inspect';
import { readWorkbook } from '../../storage/format';
import { cellView, type CellView } from './cell-view';
import type { Reply, Request } from './protocol';

let book = new Workbook();

const post = (reply: Reply, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(reply, transfer);

function changedViews(): { values: Record<string, CellView>; transfer: Transferable[] } {
  const values: Record<string, CellView> = {};
  const transfer: Transferable[] = [];
  for (const label of book.takeChanged()) {
    const view = cellView(book.value(label));
    if (view.series) transfer.push(view.series.buffer);
    values[label] = view;
  }
  return { values, transfer };
}

function handle(msg: Request): void {
  const start = performance.now();
  switch (msg.type) {
    case 'load': {
      const read = readWorkbook(msg.file);
      book = read.ok ? Workbook.fromFile(read.book, msg.cancelled) : new Workbook();
      const { values, transfer } = changedViews();
      post({ type: 'values', version: msg.version, reset: true, values, ms: performance.now() - start }, transfer);
      return;
    }
    case 'edit': {
      book.setMany(msg.edits);
      const { values, transfer } = changedViews();
      post({ type: 'values', version: msg.version, reset: false, values, ms: performance.now() - start }, transfer);
      return;
    }
    case 'inspect':
      post({ type: 'inspect', id: msg.id, info: inspectCell(book, msg.label) });
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
