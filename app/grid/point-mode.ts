// Owns point mode's text logic: where a reference may be inserted into a formula, the text of a
// pointed reference, F4's cycle of `$` anchors, and a formula's references with their colours.

import { CELL_PART, cellName, parseRef, quoteSheet } from '../../formula/address';
import { parser } from '../../formula/grammar/parser.js';
import type { Address } from '../state/document';
import { rect } from './geometry';

/** How many reference colours the editor and the grid's outlines cycle through. */
export const REF_COLORS = 6;

/** A reference in a formula being edited: where it is in the text, what it covers and its colour. */
export interface RefToken {
  from: number;
  to: number;
  /** The sheet it names, or null when it names none (the sheet of the edited cell). */
  sheet: string | null;
  start: Address;
  end: Address;
  color: number;
}

// After these a value is expected, so a reference fits: `=`, operators, `(`, `,` and `[`.
const BEFORE = new Set(['=', '(', ',', '[', '+', '-', '*', '/', '^', '@', '<', '>']);
// Before these a reference ends cleanly; anything else (a word, a digit) would run into it.
const AFTER = new Set([')', ']', ',', '+', '-', '*', '/', '^', '@', '<', '>', '=', '!']);

const insideString = (text: string, pos: number): boolean => {
  let open = false;
  for (let i = 0; i < pos; i++) {
    if (text[i] === '\\' && open) i++;
    else if (text[i] === '"') open = !open;
  }
  return open;
};

/** Whether a reference may replace text[from, to) of a formula: right after `=`, an operator, `(` or `,`. */
export function insertableAt(text: string, from: number, to = from): boolean {
  if (!text.startsWith('=') || from < 1 || insideString(text, from)) return false;
  let i = from - 1;
  while (i > 0 && text[i] === ' ') i--;
  let j = to;
  while (j < text.length && text[j] === ' ') j++;
  return BEFORE.has(text[i]) && (j === text.length || AFTER.has(text[j]));
}

/** `B2`, or the range `A1:B3` between two corners (top left first); with a sheet, `Sheet2!B2`. */
export function refText(anchor: Address, focus: Address, sheet: string | null): string {
  const r = rect(anchor, focus);
  const one = r.top === r.bottom && r.left === r.right;
  const body = one ? cellName(r.left, r.top) : `${cellName(r.left, r.top)}:${cellName(r.right, r.bottom)}`;
  return sheet === null ? body : `${quoteSheet(sheet)}!${body}`;
}

/** The references of a formula in order, each coloured by its first appearance (one colour per distinct reference). */
export function referenceTokens(text: string): RefToken[] {
  if (!text.startsWith('=')) return [];
  const out: RefToken[] = [];
  const colors = new Map<string, number>();
  // The editor parses the whole input, `=` included (see app/editor/language.ts), so positions agree with it.
  parser.parse(text).iterate({
    enter: (node) => {
      if (node.name !== 'CellRef' && node.name !== 'RangeRef') return;
      const ref = parseRef(text.slice(node.from, node.to));
      if (!ref) return false;
      const [a, b] = ref.kind === 'cell' ? [ref.at, ref.at] : [ref.start, ref.end];
      const r = rect(a, b);
      const sheet = a.sheet;
      const key = `${sheet?.toLowerCase() ?? ''}!${r.left},${r.top}:${r.right},${r.bottom}`;
      if (!colors.has(key)) colors.set(key, colors.size % REF_COLORS);
      out.push({
        from: node.from,
        to: node.to,
        sheet,
        start: { col: r.left, row: r.top },
        end: { col: r.right, row: r.bottom },
        color: colors.get(key)!,
      });
      return false;
    },
  });
  return out;
}

const CELL_PARTS = new RegExp(CELL_PART.source, 'g');
// F4's order, as Excel's: relative, absolute, row anchored, column anchored, relative again.
const CYCLE: [boolean, boolean][] = [
  [false, false],
  [true, true],
  [false, true],
  [true, false],
];

/** F4: the formula with the `$` anchors of the reference at `pos` cycled, and where that reference now ends. */
export function cycleAnchors(text: string, pos: number): { text: string; caret: number } | null {
  const token = referenceTokens(text).find((t) => t.from <= pos && pos <= t.to);
  if (!token) return null;
  const whole = text.slice(token.from, token.to);
  const bang = whole.lastIndexOf('!');
  const prefix = whole.slice(0, bang + 1);
  const cells = whole.slice(bang + 1);
  const first = CELL_PART.exec(cells)!;
  const now = CYCLE.findIndex(([c, r]) => c === (first[1] === '$') && r === (first[3] === '$'));
  const [colAbs, rowAbs] = CYCLE[(now + 1) % CYCLE.length];
  const next =
    prefix + cells.replace(CELL_PARTS, (_m, _c, col: string, _r, row: string) => `${colAbs ? '$' : ''}${col}${rowAbs ? '$' : ''}${row}`);
  return { text: text.slice(0, token.from) + next + text.slice(token.to), caret: token.from + next.length };
}
