// Owns `gradsheet eval`: a workbook file in, the JSON of SPEC §8 out.

import { Workbook } from '../formula/book';
import type { CellJSON } from '../formula/cell-json';
import { parseWorkbookText } from '../storage/format';

export type EvalResult = { ok: true; cells: Record<string, CellJSON> } | { ok: false; message: string };

/** Evaluates workbook text; `only` limits the output to those references (labels, A1 on the first sheet, or names). */
export function evalWorkbookText(text: string, only: readonly string[] = []): EvalResult {
  const read = parseWorkbookText(text);
  if (!read.ok) return read;
  const book = Workbook.fromFile(read.book);
  const cells: Record<string, CellJSON> = {};
  const refs = only.length > 0 ? only : book.cellLabels();
  for (const ref of refs) cells[ref] = book.get(resolveRef(book, ref));
  return { ok: true, cells };
}

/** A name given to --cell stands for the cell it names. */
function resolveRef(book: Workbook, ref: string): string {
  const names = book.names();
  const hit = Object.keys(names).find((n) => n.toLowerCase() === ref.toLowerCase());
  return hit === undefined ? ref : names[hit];
}
