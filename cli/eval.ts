// Owns `gradsheet eval`: a workbook file in, the JSON of SPEC §8 out.

import { Workbook } from '../formula/book';
import type { CellValue } from '../engine/value';
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

/** The cells' values themselves, for the command line to write from their data (cells-text.ts). */
export type EvalValues = { ok: true; cells: Map<string, CellValue> } | { ok: false; message: string; cause: 'file' | 'argument' };

/** Evaluates a file's bytes into the values asked for, as evalWorkbookBytes does into their JSON. */
export function evalWorkbookValues(bytes: Uint8Array, only: readonly string[] = []): EvalValues {
  return evalRead(readWorkbookBytes(bytes), only, (book, ref) => book.value(ref));
}

function evalRead(read: ReadResult, only: readonly string[]): EvalResult;
function evalRead<T>(read: ReadResult, only: readonly string[], cellOf: (book: Workbook, ref: string) => T): { ok: true; cells: Map<string, T> } | { ok: false; message: string; cause: 'file' | 'argument' };
function evalRead<T>(
  read: ReadResult,
  only: readonly string[],
  cellOf: (book: Workbook, ref: string) => T = (book, ref) => book.get(ref) as T,
): { ok: true; cells: Map<string, T> } | { ok: false; message: string; cause: 'file' | 'argument' } {
  if (!read.ok) return { ...read, cause: 'file' };
  const book = Workbook.fromFile(read.book);
  const cells = new Map<string, T>();
  if (only.length === 0) {
    for (const label of book.cellLabels()) cells.set(label, cellOf(book, label));
    return { ok: true, cells };
  }
  const resolve = makeCellArgs(book);
  for (const arg of only) {
    const at = resolve(arg);
    if (!at.ok) return { ...at, cause: 'argument' };
    if (!cells.has(arg)) cells.set(arg, cellOf(book, at.ref));
  }
  return { ok: true, cells };
}
