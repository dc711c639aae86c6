// Owns applying a batch of cell edits to the document in one pass (a paste, a fill, a clear, a find and
// replace): each sheet's cells are copied once, and the edits that change an input are the ones the
// engine is told, without diffing the sheets afterwards (issue 10).

import { type WorkbookFile, cellInput } from '../../storage/format';
import { withInputs } from './document';

/** The document after `edits` (labels `Sheet1!A1`; a later edit of a cell wins), and the edits that changed an input. */
export function applyInputs(doc: WorkbookFile, edits: readonly (readonly [string, string])[]): { doc: WorkbookFile; changed: [string, string][] } {
  // Grouped by sheet first, so each edit costs a lookup in its sheet's cells and nothing more.
  const bySheet = new Map<string, Map<string, string>>();
  for (const [label, input] of edits) {
    const bang = label.lastIndexOf('!');
    const sheet = label.slice(0, bang);
    let cells = bySheet.get(sheet);
    if (!cells) bySheet.set(sheet, (cells = new Map()));
    cells.set(label.slice(bang + 1), input);
  }
  const changed: [string, string][] = [];
  const sheets = doc.sheets.map((s) => {
    const wanted = bySheet.get(s.name);
    if (!wanted) return s;
    const edits: [string, string][] = [];
    for (const [cell, input] of wanted) {
      const entry = Object.hasOwn(s.cells, cell) ? s.cells[cell] : undefined;
      if ((entry === undefined ? '' : cellInput(entry)) === input) continue;
      edits.push([cell, input]);
      changed.push([`${s.name}!${cell}`, input]);
    }
    return edits.length ? { ...s, cells: withInputs(s.cells, edits) } : s;
  });
  return changed.length ? { doc: { ...doc, sheets }, changed } : { doc, changed };
}
