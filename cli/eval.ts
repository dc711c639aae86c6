// Owns `gradsheet eval`: a workbook file in, the JSON of SPEC §8 out.

import { Workbook } from '../formula/book';
import type { CellValue } from '../engine/value';
import { type CellJSON, cellJSON } from '../formula/cell-json';
import { parseWorkbookText } from '../storage/format';

export type EvalResult = { ok: true; cells: Record<string, CellJSON> } | { ok: false; message: string };

export type EvalValues = { ok: true; cells: Map<string, CellValue> } | { ok: false; message: string };

/**
 * Evaluates workbook text into each cell's value, by reference in the order asked (once each); `only`
 * limits them to those references (labels, A1 on the first sheet, or names).
 */
export function evalWorkbookValues(text: string, only: readonly string[] = []): EvalValues {
  const read = parseWorkbookText(text);
  if (!read.ok) return read;
  const book = Workbook.fromFile(read.book);
  const cells = new Map<string, CellValue>();
  const refs = only.length > 0 ? only : book.cellLabels();
  for (const ref of refs) cells.set(ref, book.value(resolveRef(book, ref)));
  return { ok: true, cells };
}

/** `evalWorkbookValues` with each value as its JSON (SPEC §8), as `Workbook.get` returns it. */
export function evalWorkbookText(text: string, only: readonly string[] = []): EvalResult {
  const result = evalWorkbookValues(text, only);
  if (!result.ok) return result;
  const cells: Record<string, CellJSON> = {};
  for (const [ref, v] of result.cells) cells[ref] = cellJSON(v);
  return { ok: true, cells };
}

/** A name given to --cell stands for the cell it names. */
function resolveRef(book: Workbook, ref: string): string {
  const names = book.names();
  const hit = Object.keys(names).find((n) => n.toLowerCase() === ref.toLowerCase());
  return hit === undefined ? ref : names[hit];
}
