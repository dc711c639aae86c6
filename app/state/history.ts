// Owns undo and redo: each entry is the workbook before and after one user action.

import type { WorkbookFile } from '../../storage/format';

export interface History {
  past: WorkbookFile[];
  future: WorkbookFile[];
}

const LIMIT = 200;

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Records the workbook as it was before an action; a new action clears what could be redone. */
export function record(h: History, before: WorkbookFile): History {
  return { past: [...h.past.slice(-(LIMIT - 1)), before], future: [] };
}

export function undo(h: History, current: WorkbookFile): { history: History; doc: WorkbookFile } | null {
  const doc = h.past[h.past.length - 1];
  if (!doc) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, doc };
}

export function redo(h: History, current: WorkbookFile): { history: History; doc: WorkbookFile } | null {
  const doc = h.future[0];
  if (!doc) return null;
  return { history: { past: [...h.past, current], future: h.future.slice(1) }, doc };
}
