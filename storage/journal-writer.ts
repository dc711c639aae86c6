// Owns one tab's side of the write-ahead journal: every edit becomes a record at once, records are written one
// transaction at a time (those that arrive meanwhile share the next one), and the screen can wait for them.

import type { WorkbookFile } from './format';
import { type BookChange, encodeRecord, journalKey } from './journal';

/** What a write of records came to; a failure's message is for the user. */
export type AppendResult = { ok: true } | { ok: false; message: string };

export interface JournalWriterOptions {
  /** This tab's id (records are keyed by it). */
  writer: string;
  /** Writes records (key and text) in one transaction. */
  append(records: { key: string; text: string }[]): Promise<AppendResult>;
  /** A write failed after the ones before it succeeded (told once per run of failures). */
  onFailure(message: string): void;
  /** Longest durable() waits: a storage that hangs must not hold the screen back for ever. */
  ackTimeoutMs?: number;
  now?: () => number;
}

export interface JournalWriter {
  /** Workbook `book` at revision `rev` is now shown: later records are changes from it. */
  begin(book: string, rev: number): void;
  /** This tab saved the workbook as revision `rev`: later records build on it. */
  rebase(rev: number): void;
  /**
   * An edit's change (as whoever made it knows it: nothing is diffed), written with the selection and sheet
   * views `ui` at the time, so a replay shows where the user was. Null (a selection move) writes nothing.
   */
  record(change: BookChange | null, ui?: WorkbookFile['ui']): void;
  /** The last record's sequence number (0: none yet). A snapshot taken now holds every record up to it. */
  seq(): number;
  /** Resolves once every record so far is written (or failed, or the wait timed out); null when nothing is being written. */
  durable(): Promise<void> | null;
}

export function makeJournalWriter(opts: JournalWriterOptions): JournalWriter {
  const now = opts.now ?? Date.now;
  let book: string | null = null;
  let rev = 0;
  let seq = 0;
  let at = 0;
  let queue: { key: string; text: string; seq: number }[] = [];
  let writing = false;
  let written = 0;
  let failing = false;
  const waiters: { seq: number; resolve: () => void }[] = [];

  const settle = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].seq <= written) waiters.splice(i, 1)[0].resolve();
    }
  };

  const pump = async (): Promise<void> => {
    writing = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      let result: AppendResult;
      try {
        result = await opts.append(batch.map(({ key, text }) => ({ key, text })));
      } catch (e) {
        result = { ok: false, message: String(e) };
      }
      if (!result.ok && !failing) opts.onFailure(result.message);
      failing = !result.ok;
      written = batch[batch.length - 1].seq;
      settle();
    }
    writing = false;
  };

  return {
    begin(id, r) {
      book = id;
      rev = r;
    },
    rebase(r) {
      rev = r;
    },
    record(edit, ui) {
      if (book === null || edit === null) return;
      const change = ui ? { ...edit, ui } : edit;
      seq++;
      // Never backwards, so one tab's records replay in order even if the clock is set back.
      at = Math.max(at, now());
      queue.push({ key: journalKey(book, opts.writer, seq), text: encodeRecord({ writer: opts.writer, seq, base: rev, at, change }), seq });
      if (!writing) void pump();
    },
    seq: () => seq,
    durable() {
      if (written >= seq) return null;
      const upTo = seq;
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, opts.ackTimeoutMs ?? 1000);
        waiters.push({ seq: upTo, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}
