// Owns rewriting formulas when a sheet is renamed, as spreadsheets do: references to the old name
// now name the new one. Only the sheet part of each reference's text changes; the rest stays as typed.

import { quoteSheet } from './address';
import { references } from './references';
import { parseFormula } from './to-ast';

/** The input with references to sheet `from` renamed to `to`; other inputs come back unchanged. */
export function renameSheetInInput(input: string, from: string, to: string): string {
  if (!input.startsWith('=')) return input;
  const text = input.slice(1);
  const ast = parseFormula(text);
  if (ast.type === 'parse-error') return input;
  const key = from.toLowerCase();
  const hits = references(ast)
    .filter((e) => {
      const sheet = e.type === 'ref' ? e.ref.sheet : e.start.sheet;
      return sheet !== null && sheet.toLowerCase() === key;
    })
    .sort((a, b) => b.from - a.from);
  let out = text;
  for (const e of hits) {
    const bang = sheetPrefixEnd(text, e.from);
    if (bang > e.from && bang < e.to) out = out.slice(0, e.from) + quoteSheet(to) + out.slice(bang);
  }
  return `=${out}`;
}

/** Where the `!` after a reference's sheet name is: past a quoted name's closing quote ('' is a quote). */
function sheetPrefixEnd(text: string, from: number): number {
  if (text[from] !== "'") return text.indexOf('!', from);
  let i = from + 1;
  while (i < text.length) {
    if (text[i] === "'" && text[i + 1] === "'") i += 2;
    else if (text[i] === "'") return i + 1;
    else i++;
  }
  return -1;
}
