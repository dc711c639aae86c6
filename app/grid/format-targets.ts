// Owns which cells a format command acts on: every cell of the selection, or, for a selection too big
// to give each cell a format (a whole sheet), only its filled cells.

import { cellName, parseRef } from '../../formula/address';
import type { WorkbookFile } from '../../storage/format';
import type { Address } from '../state/document';
import { rect } from './geometry';

/** Up to this many cells, a selection's every cell gets the format (empty ones keep it for later input). */
export const FORMAT_EVERY_CELL_LIMIT = 10_000;

/** The labels of the cells a format command on this selection changes. */
export function formatTargets(doc: WorkbookFile, sheet: string, sel: { anchor: Address; focus: Address }): string[] {
  const r = rect(sel.anchor, sel.focus);
  const count = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  if (count <= FORMAT_EVERY_CELL_LIMIT) {
    const out: string[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(`${sheet}!${cellName(col, row)}`);
    return out;
  }
  const cells = doc.sheets.find((s) => s.name === sheet)?.cells ?? {};
  return Object.keys(cells)
    .filter((key) => {
      const ref = parseRef(key);
      return ref?.kind === 'cell' && ref.at.row >= r.top && ref.at.row <= r.bottom && ref.at.col >= r.left && ref.at.col <= r.right;
    })
    .map((key) => `${sheet}!${key}`);
}
