// Owns applying a batch of cell edits to the document in one pass (a paste, a fill, a clear, a find and
// replace): each sheet's cells are copied once, and the edits that change an input are the ones the
// engine is told, without diffing the sheets afterwards (issue 10).

import type { WorkbookFile } from '../../storage/format';
import { inputAt, splitLabel, withInputs } from './document';

/** The document after `edits` (labels `Sheet1!A1`; a later edit of a cell wins), and the edits that changed an input. */
export function applyInputs(doc: WorkbookFile, edits: readonly (readonly [string, string])[]): { doc: WorkbookFile; changed: [string, string][] } {
  const last = new Map<string, string>();
  for (const [label, input] of edits) last.set(label, input);
  const bySheet = new Map<string, [string, string][]>();
  const changed: [string, string][] = [];
  for (const [label, input] of last) {
    if (inputAt(doc, label) === input) continue;
    const { sheet, cell } = splitLabel(label);
    if (!doc.sheets.some((s) => s.name === sheet)) continue;
    let list = bySheet.get(sheet);
    if (!list) bySheet.set(sheet, (list = []));
    list.push([cell, input]);
    changed.push([label, input]);
  }
  if (changed.length === 0) return { doc, changed };
  return { doc: { ...doc, sheets: doc.sheets.map((s) => (bySheet.has(s.name) ? { ...s, cells: withInputs(s.cells, bySheet.get(s.name)!) } : s)) }, changed };
}
