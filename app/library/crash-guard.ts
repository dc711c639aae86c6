// Owns the crash marker: a durable note, per workbook, that a long recalculation is under way (the
// cell it computes, the cells stopped), written while it runs and cleared when it ends. A workbook
// whose note is still there when it opens took the engine down last time (out of memory, the tab
// killed or closed mid-run): it opens held, its formulas shown as inputs, with a Recalculate action.

import type { RunState } from '../worker/client';
import type { Notice } from './session';

export type MarkerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the marker says of the last session's run: the cell it was computing and the cells stopped. */
export type CrashRecord = RunState;

const keyOf = (book: string): string => `gradsheet.recalculating.${book}`;

/** Writes closer together than this are merged: a long load names thousands of cells as it goes. */
export const WRITE_EVERY_MS = 100;

/**
 * A page closed or reloaded while one cell had computed this long counts as stopped by that cell (the
 * user left a sheet that hung); closed sooner, the run was only long and the marker goes. A page that
 * is killed (out of memory) closes without a word, and its marker always stays.
 */
export const RUNAWAY_MS = 5_000;

/** localStorage, or null where the browser refuses it (the guard then does nothing). */
export function browserStorage(): MarkerStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function parseRecord(text: string | null): CrashRecord | null {
  if (text === null) return null;
  try {
    const r = JSON.parse(text) as Partial<CrashRecord>;
    const running = typeof r.running === 'string' ? r.running : null;
    const stopped = Array.isArray(r.stopped) ? r.stopped.filter((s): s is string => typeof s === 'string') : [];
    return { running, stopped };
  } catch {
    return { running: null, stopped: [] };
  }
}

const union = (...lists: (string | null)[][]): string[] => [...new Set(lists.flat().filter((s): s is string => s !== null))];

export function makeCrashGuard(storage: MarkerStorage | null) {
  let book: string | null = null;
  /** The record the open workbook is held with, until the user recalculates it. */
  let held: CrashRecord | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let queued: CrashRecord | null = null;
  /** The long run under way: the cell it computes, and since when (ms). */
  let current: { running: string | null; since: number } | null = null;

  // Storage that refuses a write (full, private mode) costs the guard, never the sheet.
  const write = (record: CrashRecord | null): void => {
    if (book === null || storage === null) return;
    try {
      if (record === null) storage.removeItem(keyOf(book));
      else storage.setItem(keyOf(book), JSON.stringify(record));
    } catch {
      // nothing to do: the next open simply is not protected
    }
  };
  const stopTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    queued = null;
  };
  const throttled = (record: CrashRecord): void => {
    if (timer !== null) {
      queued = record;
      return;
    }
    write(record);
    timer = setTimeout(() => {
      timer = null;
      if (queued) throttled(queued);
      queued = null;
    }, WRITE_EVERY_MS);
  };

  return {
    /** A workbook opens: the record of the run it died in last time (it should open held), else null. */
    opening(id: string | null): CrashRecord | null {
      stopTimer();
      book = id;
      held = null;
      if (id !== null && storage !== null) {
        try {
          held = parseRecord(storage.getItem(keyOf(id)));
        } catch {
          held = null;
        }
      }
      return held;
    },
    /** The worker client's report of a long run (null: it is over). */
    run(state: RunState | null): void {
      if (state === null || state.running !== current?.running) current = state && { running: state.running, since: Date.now() };
      if (state === null) {
        stopTimer();
        // A held workbook stays marked until it is recalculated: a reload must not run it.
        write(held);
        return;
      }
      throttled(held ? { running: state.running, stopped: union(held.stopped, [held.running], state.stopped) } : state);
    },
    /** The page is going away (pagehide): a run that is only long is not a crash. */
    leaving(): void {
      if (current === null || held !== null || Date.now() - current.since >= RUNAWAY_MS) return;
      stopTimer();
      write(null);
    },
    /** The user chose Recalculate: the cells to stop (the one that ran when it died, and those stopped before). */
    recalculate(): string[] {
      const stop = held ? union(held.stopped, [held.running]) : [];
      held = null;
      write(null);
      return stop;
    },
  };
}

/** Notices about the engine: an info the session tells afterwards ("Imported …") does not replace them. */
const engineNotices = new WeakSet<Notice>();
const engineNotice = (n: Notice): Notice => (engineNotices.add(n), n);

/** The notice to show when `next` is told while `current` shows: an engine notice outlives a plain info about the same workbook. */
export function mergeNotice(current: Notice | null, next: Notice | null): Notice | null {
  const minor = next !== null && next.kind === 'info' && !next.action;
  return current && engineNotices.has(current) && minor && next.about === current.about ? current : next;
}

/** What the engine left out of the workbook (a key outside the grid). */
export const warningNotice = (text: string, about: string | undefined): Notice => engineNotice({ kind: 'error', text, about });

/** The notice of a workbook opened held: what happened, and the action that computes it again. */
export function heldNotice(record: CrashRecord, recalculate: () => void, about?: string): Notice {
  const where = record.running ? ` computing ${record.running}` : '';
  const stop = union(record.stopped, [record.running]);
  const then = stop.length > 0 ? ` Recalculate computes them, with ${stop.join(', ')} stopped.` : '';
  return engineNotice({
    kind: 'error',
    about,
    text: `Gradsheet stopped${where} when this workbook was last open (out of memory, or the tab was closed mid-run): its formulas are shown, not computed.${then}`,
    action: { label: 'Recalculate', run: recalculate },
  });
}

/** The notice of a worker restarted after it died or stopped answering. */
export function restartNotice(why: string, stopped: string[], about?: string): Notice {
  const cells = stopped.length > 0 ? ` ${stopped.join(', ')} ${stopped.length === 1 ? 'is' : 'are'} stopped: edit to run again.` : '';
  return engineNotice({ kind: 'error', about, text: `The engine ${why}, so it was restarted; the other values are kept.${cells}` });
}
