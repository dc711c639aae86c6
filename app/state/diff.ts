// Owns the difference between two workbook documents as the engine needs it: cell edits when only
// cells changed, or a full reload when sheets, names or the seed changed.

import type { WorkbookFile } from '../../storage/format';
import { cellInput } from '../../storage/format';

export type DocChange = { kind: 'none' } | { kind: 'edits'; edits: [string, string][] } | { kind: 'reload' };

export function diffDocs(before: WorkbookFile, after: WorkbookFile): DocChange {
  if (before === after) return { kind: 'none' };
  const sameSheets = before.sheets.length === after.sheets.length && before.sheets.every((s, i) => s.name === after.sheets[i].name);
  if (!sameSheets || before.seed !== after.seed || JSON.stringify(before.names) !== JSON.stringify(after.names)) return { kind: 'reload' };
  const edits: [string, string][] = [];
  before.sheets.forEach((b, i) => {
    const a = after.sheets[i];
    if (a.cells === b.cells) return;
    for (const key of new Set([...Object.keys(b.cells), ...Object.keys(a.cells)])) {
      const x = b.cells[key];
      const y = a.cells[key];
      const xi = x === undefined ? '' : cellInput(x);
      const yi = y === undefined ? '' : cellInput(y);
      if (xi !== yi) edits.push([`${a.name}!${key}`, yi]);
    }
  });
  return edits.length ? { kind: 'edits', edits } : { kind: 'none' };
}
