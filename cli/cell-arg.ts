// Owns what `--cell` accepts: a cell (`A1` on the first sheet, `Sheet2!B3`, `'My sheet'!C1`) or a name of the
// workbook, checked against the workbook, so a typo is a message and exit 2 rather than a #REF! in the output.

import { cellName, decodeCell, inGrid, quoteSheet, readReference, unquoteSheet } from '../formula/address';
import type { Workbook } from '../formula/book';
import { GRID_TEXT } from '../storage/cell-key';

export type CellArg = { ok: true; ref: string } | { ok: false; message: string };

/** Argument text for a message: quoted, and cut short when long. */
const quote = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Makes the resolver of --cell arguments for one workbook (its names and sheets looked up once). */
export function makeCellArgs(book: Workbook): (arg: string) => CellArg {
  const names = new Map(Object.entries(book.names()).map(([name, target]) => [name.toLowerCase(), target]));
  const sheets = new Map(book.sheets().map((s) => [s.toLowerCase(), s]));
  const first = book.sheets()[0];
  return (arg) => {
    const named = names.get(arg.toLowerCase());
    if (named !== undefined) return { ok: true, ref: named };
    const bang = arg.lastIndexOf('!');
    let sheet = first;
    if (bang >= 0) {
      // As a label writes it (everything before the last "!"), or quoted as a formula writes it.
      const written = arg.slice(0, bang);
      const found = sheets.get(written.toLowerCase()) ?? sheets.get(unquoteSheet(written).toLowerCase());
      if (found === undefined)
        return fail(arg, `the workbook has no sheet ${quote(unquoteSheet(written))} (its sheets: ${sheetList([...sheets.values()])})`);
      sheet = found;
    }
    const address = arg.slice(bang + 1);
    const at = decodeCell(address);
    if (at === null) {
      const range = readReference(address);
      const isRange = range !== null && range.sheet === null && range.end !== null;
      if (isRange) return fail(arg, 'a range; --cell takes one cell (give --cell once for each cell to print)');
      return { ok: false, message: `--cell ${quote(arg)} is not a cell (like Sheet1!A1 or A1) or a name in this workbook` };
    }
    if (!inGrid(at)) return fail(arg, `cell ${quote(address.replace(/\$/g, ''))} is outside the grid (${GRID_TEXT})`);
    return { ok: true, ref: `${quoteSheet(sheet)}!${cellName(at.col, at.row)}` };
  };
}

const fail = (arg: string, why: string): CellArg => ({ ok: false, message: `--cell ${quote(arg)}: ${why}` });

function sheetList(names: string[]): string {
  const shown = names.slice(0, 10).join(', ');
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}
