// Owns `gradsheet eval`: a workbook file in, the JSON of SPEC §8 out.

import type { CellValue } from '../engine/value';
import { Workbook } from '../formula/book';
import { type CellJSON, cellJSON } from '../formula/cell-json';
import { readWorkbookBytes } from '../storage/file';
import { type ReadResult, parseWorkbookText } from '../storage/format';
import { makeCellArgs } from './cell-arg';

type Failure = { ok: false; message: string; cause: 'file' | 'argument' };

/**
 * The printed cells by the label asked for (a Map, so a label `__proto__` is a key like any other, and one
 * asked for twice is printed once), or why the file or a --cell argument cannot be used.
 */
export type EvalResult = { ok: true; cells: Map<string, CellJSON> } | Failure;

/** Evaluates a file's bytes; `only` limits the output to those references (labels, A1 on the first sheet, or names). */
export function evalWorkbookBytes(bytes: Uint8Array, only: readonly string[] = []): EvalResult {
  return asJSON(evalRead(readWorkbookBytes(bytes), only));
}

/** Evaluates workbook text, as evalWorkbookBytes does its bytes. */
export function evalWorkbookText(text: string, only: readonly string[] = []): EvalResult {
  return asJSON(evalRead(parseWorkbookText(text), only));
}

/**
 * The cells' values themselves, each once, for the command line to write from their data (cells-text.ts).
 * Every cell is read as it is written, so a million cells are never also held in a second collection.
 */
export type EvalValues = { ok: true; cells: Iterable<readonly [string, CellValue]> } | Failure;

/** Evaluates a file's bytes into the values asked for, as evalWorkbookBytes does into their JSON. */
export function evalWorkbookValues(bytes: Uint8Array, only: readonly string[] = []): EvalValues {
  return evalRead(readWorkbookBytes(bytes), only);
}

function asJSON(result: EvalValues): EvalResult {
  if (!result.ok) return result;
  const cells = new Map<string, CellJSON>();
  for (const [label, v] of result.cells) cells.set(label, cellJSON(v));
  return { ok: true, cells };
}

function evalRead(read: ReadResult, only: readonly string[]): EvalValues {
  if (!read.ok) return { ...read, cause: 'file' };
  const book = Workbook.fromFile(read.book);
  if (only.length === 0) return { ok: true, cells: book.cellValues() };
  const resolve = makeCellArgs(book);
  const cells = new Map<string, CellValue>();
  for (const arg of only) {
    const at = resolve(arg);
    if (!at.ok) return { ...at, cause: 'argument' };
    if (!cells.has(arg)) cells.set(arg, book.value(at.ref));
  }
  return { ok: true, cells };
}
