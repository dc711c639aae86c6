// Owns reading the Train panel's loss field: a cell reference (`A9`, `Data!B2`, `$A$9`) or a workbook
// name of a cell, as the label the engine uses (`Sheet1!A9`), or why it is neither.

import { cellName, parseRef } from '../../formula/address';

export function lossLabel(
  text: string,
  activeSheet: string,
  names: Readonly<Record<string, string>>,
): { label: string } | { problem: string } {
  const t = text.trim();
  if (t === '') return { problem: 'Type the cell that computes the loss, or select it and open Train again.' };
  const named = Object.keys(names).find((n) => n.toLowerCase() === t.toLowerCase());
  const ref = parseRef(named === undefined ? t : names[named]);
  if (ref === null) return { problem: `"${t}" is not a cell reference or the name of a cell.` };
  if (ref.kind !== 'cell') return { problem: `"${t}" is a range; the loss is one cell.` };
  return { label: `${ref.at.sheet ?? activeSheet}!${cellName(ref.at.col, ref.at.row)}` };
}
