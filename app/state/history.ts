// Owns undo and redo: each entry is one user action's steps (storage/journal.ts changes and their
// inverses, as book-change.ts makes them), never a copy of the workbook, so undo costs what the action
// changed (a document per entry pinned every version of a million-cell sheet).

import type { Step } from './book-change';

/** One user action: its steps in the order they were made (a transaction makes several). */
export type Entry = readonly Step[];

export interface History {
  past: Entry[];
  future: Entry[];
}

const LIMIT = 200;

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Records an action; a new action clears what could be redone. */
export function record(h: History, entry: Entry): History {
  return { past: [...h.past.slice(-(LIMIT - 1)), entry], future: [] };
}

/** Adds a step to the last action (a transaction's later steps). */
export function extend(h: History, step: Step): History {
  const last = h.past[h.past.length - 1] ?? [];
  return { past: [...h.past.slice(0, -1), [...last, step]], future: h.future };
}

/** The changes that take the last action back, newest first, and the history after it; null when there is none. */
export function undo(h: History): { history: History; changes: Step['backward'][] } | null {
  const entry = h.past[h.past.length - 1];
  if (!entry) return null;
  return { history: { past: h.past.slice(0, -1), future: [entry, ...h.future] }, changes: [...entry].reverse().map((s) => s.backward) };
}

/** The changes that make the last undone action again, in order, and the history after it; null when there is none. */
export function redo(h: History): { history: History; changes: Step['forward'][] } | null {
  const entry = h.future[0];
  if (!entry) return null;
  return { history: { past: [...h.past, entry], future: h.future.slice(1) }, changes: entry.map((s) => s.forward) };
}
