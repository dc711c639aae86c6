// Owns the app's side of the file worker: reading a file the user gave into a document built part by
// part (each part one short task of the page's), the copy of the shown document the worker keeps (told of
// each change), and saving or storing it from there. Plain factory; the session uses it as FileWork.

import type { CellEntry, ReadResult, WorkbookFile } from '../../storage/format';
import type { BookChange } from '../../storage/journal';
import type { CreateResult, SaveOptions, SaveResult } from '../../storage/library';
import { knownKeys } from '../state/cell-index';
import type { FileReply, FileRequest } from './file-protocol';

/** A file read: the workbook (whose cells nobody else holds) and the read's id, or why it is no workbook. */
export type FileRead = Extract<ReadResult, { ok: false }> | { ok: true; book: WorkbookFile; read: number };

export interface FileWork {
  read(file: Blob): Promise<FileRead>;
  /** The document shown now: the one read `read` gave (without its name), else `doc`, sent whole. */
  show(doc: WorkbookFile, read?: number): void;
  change(change: BookChange): void;
  /** Saves the shown document with `ui` as library workbook `book`. */
  save(book: string, ui: WorkbookFile['ui'], options: SaveOptions): Promise<SaveResult>;
  /** Stores a new workbook: the one read `read` gave, else the shown document with `ui`. */
  create(name: string, from: { read: number } | { ui: WorkbookFile['ui'] }): Promise<CreateResult>;
  dispose(): void;
}

interface Reading {
  book: WorkbookFile | null;
  known: { objects: string[]; first: string[] }[];
  resolve: (read: FileRead) => void;
}

/** Inputs up to this length are shared between the cells that hold the same text. */
const SHARED_INPUT = 16;

// size: one closure over the worker and its pending reads and saves; each handler is short.
export function makeFileWork(spawn: () => Worker = defaultSpawn): FileWork {
  const worker = spawn();
  let nextId = 0;
  const reads = new Map<number, Reading>();
  const waits = new Map<number, (result: SaveResult | CreateResult) => void>();
  const send = (msg: FileRequest): void => worker.postMessage(msg);
  // A million `=1` cells hold one string, not a million for the page's collector to walk.
  const inputs = new Map<string, string>();
  const share = (entry: CellEntry): CellEntry => {
    if (typeof entry !== 'string' || entry.length > SHARED_INPUT) return entry;
    const known = inputs.get(entry);
    if (known !== undefined) return known;
    inputs.set(entry, entry);
    return entry;
  };

  const onRead = (reply: Extract<FileReply, { type: `read${string}` }>): void => {
    const r = reads.get(reply.id);
    if (!r) return;
    if (reply.type === 'read-failed') {
      reads.delete(reply.id);
      return r.resolve({ ok: false, message: reply.message });
    }
    if (reply.type === 'read-head') {
      r.book = reply.head;
      r.known = reply.head.sheets.map(() => ({ objects: [], first: [] }));
      return;
    }
    if (!r.book) return;
    if (reply.type === 'read-cells') {
      const cells = r.book.sheets[reply.sheet].cells;
      const { keys, entries } = reply;
      // Keys were checked as cell addresses by the worker's read, so none is `__proto__`.
      for (let i = 0; i < keys.length; i++) cells[keys[i]] = share(entries[i]);
      const known = r.known[reply.sheet];
      for (const key of reply.objects) known.objects.push(key);
      if (known.first.length === 0) known.first = keys;
      return;
    }
    reads.delete(reply.id);
    inputs.clear();
    r.book.sheets.forEach((s, i) => knownKeys(s.cells, r.known[i]));
    r.resolve({ ok: true, book: r.book, read: reply.id });
  };

  worker.onmessage = (e: MessageEvent<FileReply>) => {
    const reply = e.data;
    if (reply.type === 'saved' || reply.type === 'created') {
      waits.get(reply.id)?.(reply.result);
      waits.delete(reply.id);
    } else onRead(reply);
  };
  // A worker that failed cannot save: every wait ends with why, and the session reports it as a failed save.
  worker.onerror = (e) => {
    e.preventDefault?.();
    const message = `the file worker failed (${e.message || 'an error escaped it'})`;
    for (const r of reads.values()) r.resolve({ ok: false, message });
    reads.clear();
    for (const resolve of waits.values()) resolve({ ok: false, reason: 'error', message: `not saved: ${message}` });
    waits.clear();
  };

  const ask = <R extends SaveResult | CreateResult>(msg: (id: number) => FileRequest): Promise<R> => {
    const id = ++nextId;
    return new Promise<R>((resolve) => {
      waits.set(id, resolve as (result: SaveResult | CreateResult) => void);
      send(msg(id));
    });
  };

  return {
    read(file) {
      const id = ++nextId;
      return new Promise((resolve) => {
        reads.set(id, { book: null, known: [], resolve });
        send({ type: 'read', id, file });
      });
    },
    show(doc, read) {
      send(read === undefined ? { type: 'open', doc } : { type: 'adopt', read });
    },
    change(change) {
      send({ type: 'change', change });
    },
    save: (book, ui, options) => ask<SaveResult>((id) => ({ type: 'save', id, book, ui, options })),
    create: (name, from) => ask<CreateResult>((id) => ({ type: 'create', id, name, ...from })),
    dispose() {
      worker.terminate();
    },
  };
}

function defaultSpawn(): Worker {
  return new Worker(new URL('./file.worker.ts', import.meta.url), { type: 'module', name: 'gradsheet-files' });
}
