// Owns find and replace as pure functions: which cells of which sheets match a search (in their input
// or in the value they show, ignoring case), in reading order, which match comes next from a place,
// and what replacing does to inputs.

import { parseRef } from '../../formula/address';
import { type Address, type WorkbookFile, labelOf } from '../state/document';
import { cellInput } from '../../storage/format';

export interface Match {
  sheet: string;
  address: Address;
  /** `Sheet1!A1`. */
  label: string;
  /** Whether the input holds the text (only those can be replaced). */
  inInput: boolean;
}

/** A place in the workbook: a sheet by its position, and a cell. */
export interface Place {
  sheet: number;
  address: Address;
}

const lower = (s: string) => s.toLocaleLowerCase();

/** The filled cells of a sheet, row by row. */
function cellsOf(sheet: WorkbookFile['sheets'][number]): { address: Address; label: string; input: string }[] {
  const out: { address: Address; label: string; input: string }[] = [];
  for (const [key, entry] of Object.entries(sheet.cells)) {
    const ref = parseRef(key);
    if (ref?.kind !== 'cell') continue;
    const address = { col: ref.at.col, row: ref.at.row };
    out.push({ address, label: labelOf(sheet.name, address), input: cellInput(entry) });
  }
  return out.sort((a, b) => a.address.row - b.address.row || a.address.col - b.address.col);
}

/** Every cell whose input or shown value contains `query`, sheet by sheet in the workbook's order, row by row. */
export function findMatches(doc: WorkbookFile, shown: (label: string) => string | undefined, query: string): Match[] {
  const q = lower(query);
  if (q === '') return [];
  const out: Match[] = [];
  for (const sheet of doc.sheets) {
    for (const c of cellsOf(sheet)) {
      const inInput = lower(c.input).includes(q);
      if (inInput || lower(shown(c.label) ?? '').includes(q)) out.push({ sheet: sheet.name, address: c.address, label: c.label, inInput });
    }
  }
  return out;
}

const compare = (a: Place, b: Place) => a.sheet - b.sheet || a.address.row - b.address.row || a.address.col - b.address.col;

/**
 * The index of the match after `from` (before it when `step` is -1), wrapping round the workbook; with
 * `inclusive`, a match at `from` itself counts (a new search starts at the selected cell). -1 for none.
 */
export function nextMatch(
  matches: readonly Match[],
  sheetIndex: (name: string) => number,
  from: Place,
  step: 1 | -1,
  inclusive = false,
): number {
  if (matches.length === 0) return -1;
  const place = (m: Match): Place => ({ sheet: sheetIndex(m.sheet), address: m.address });
  const ok = (c: number) => (step === 1 ? c > 0 : c < 0) || (inclusive && c === 0);
  if (step === 1) {
    const i = matches.findIndex((m) => ok(compare(place(m), from)));
    return i === -1 ? 0 : i;
  }
  for (let i = matches.length - 1; i >= 0; i--) if (ok(compare(place(matches[i]), from))) return i;
  return matches.length - 1;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The input with every occurrence of `query` (any case) replaced. */
export function replaceInInput(input: string, query: string, replacement: string): string {
  if (query === '') return input;
  return input.replace(new RegExp(escape(query), 'gi'), () => replacement);
}

/** Replace all: the edits that replace `query` in every input that holds it, on every sheet. */
export function replaceAllEdits(doc: WorkbookFile, query: string, replacement: string): [string, string][] {
  const out: [string, string][] = [];
  for (const sheet of doc.sheets) {
    for (const c of cellsOf(sheet)) {
      const next = replaceInInput(c.input, query, replacement);
      if (next !== c.input) out.push([c.label, next]);
    }
  }
  return out;
}
