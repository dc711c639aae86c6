import { describe, expect, it } from 'vitest';
import { firstKeys, objectKeys } from '../state/cell-index';
import { makeFileWork } from './file-client';
import type { FileReply, FileRequest } from './file-protocol';

/** A worker whose replies the test sends, recording what the client asked. */
function fakeWorker() {
  const asked: FileRequest[] = [];
  const worker = {
    onmessage: null as ((e: MessageEvent<FileReply>) => void) | null,
    onerror: null,
    postMessage: (msg: FileRequest) => void asked.push(msg),
    terminate: () => undefined,
  };
  const reply = (data: FileReply) => worker.onmessage?.({ data } as MessageEvent<FileReply>);
  return { worker: worker as unknown as Worker, asked, reply };
}

describe('the file worker client', () => {
  it('builds a read workbook from its parts, with the indexes the parts name', async () => {
    const { worker, asked, reply } = fakeWorker();
    const files = makeFileWork(() => worker);
    const read = files.read(new Blob(['{}']));
    const id = (asked[0] as Extract<FileRequest, { type: 'read' }>).id;
    reply({
      type: 'read-head',
      id,
      head: { format: 'gradsheet', version: 1, name: 'Big', seed: 0, sheets: [{ name: 'S', cells: {} }], names: {}, charts: [] },
    });
    reply({ type: 'read-cells', id, sheet: 0, keys: ['A1', 'B1'], entries: ['=1', { input: '2', note: 'n' }], objects: ['B1'] });
    reply({ type: 'read-cells', id, sheet: 0, keys: ['A2'], entries: ['=1'], objects: [] });
    reply({ type: 'read-done', id });
    const result = await read;
    expect(result.ok && result.book.sheets[0].cells).toEqual({ A1: '=1', B1: { input: '2', note: 'n' }, A2: '=1' });
    if (!result.ok) return;
    expect([result.book.name, result.read]).toEqual(['Big', id]);
    const cells = result.book.sheets[0].cells;
    expect([objectKeys(cells), firstKeys(cells)]).toEqual([['B1'], ['A1', 'B1']]);
    files.show(result.book, result.read);
    expect(asked.at(-1)).toEqual({ type: 'adopt', read: id });
  });

  it('passes a refused file on with why, and a save on with its result', async () => {
    const { worker, asked, reply } = fakeWorker();
    const files = makeFileWork(() => worker);
    const read = files.read(new Blob(['no']));
    reply({ type: 'read-failed', id: (asked[0] as { id: number }).id, message: 'not JSON' });
    expect(await read).toEqual({ ok: false, message: 'not JSON' });
    files.change({ cells: [['S', 'A1', '3']] });
    const saved = files.save('book', { activeSheet: 'S' }, { expectRev: 2 });
    const ask = asked.at(-1) as Extract<FileRequest, { type: 'save' }>;
    expect(asked.slice(-2)).toEqual([
      { type: 'change', change: { cells: [['S', 'A1', '3']] } },
      { type: 'save', id: ask.id, book: 'book', ui: { activeSheet: 'S' }, options: { expectRev: 2 } },
    ]);
    reply({ type: 'saved', id: ask.id, result: { ok: false, reason: 'quota', message: 'full' } });
    expect(await saved).toEqual({ ok: false, reason: 'quota', message: 'full' });
  });
});
