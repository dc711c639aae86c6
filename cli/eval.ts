// Owns `gradsheet eval`: a workbook file in, the JSON of SPEC §8 out.

import { Workbook } from '../formula/book';
import type { CellJSON } from '../formula/cell-json';
import { readWorkbookBytes } from '../storage/file';
import { type ReadResult, parseWorkbookText } from '../storage/format';
import { makeCellArgs } from './cell-arg';

/**
 * The printed cells by the label asked for (a Map, so a label `__proto__` is a key like any other, and one
 * asked for twice is printed once), or why the file or a --cell argument cannot be used.
 */
export type EvalResult = { ok: true; cells: Map<string, CellJSON> } | { ok: false; message: string; cause: 'file' | 'argument' };

/** Evaluates a file's bytes; `only` limits the output to those references (labels, A1 on the first sheet, or names). */
export function evalWorkbookBytes(bytes: Uint8Array, only: readonly string[] = []): EvalResult {
  return evalRead(readWorkbookBytes(bytes), only);
}

/** Evaluates workbook text, as evalWorkbookBytes does its bytes. */
export function evalWorkbookText(text: string, only: readonly string[] = []): EvalResult {
  return evalRead(parseWorkbookText(text), only);
}

function evalRead(read: ReadResult, only: readonly string[]): EvalResult {
  if (!read.ok) return { ...read, cause: 'file' };
  const book = Workbook.fromFile(read.book);
  const cells = new Map<string, CellJSON>();
  if (only.length === 0) {
    for (const label of book.cellLabels()) cells.set(label, book.get(label));
    return { ok: true, cells };
  }
  const resolve = makeCellArgs(book);
  for (const arg of only) {
    const at = resolve(arg);
    if (!at.ok) return { ...at, cause: 'argument' };
    if (!cells.has(arg)) cells.set(arg, book.get(at.ref));
  }
  return { ok: true, cells };
}
