// Owns word classification: whether a bare word is a cell reference, a boolean or a name (SPEC §3).
import { Boolean, cellWord } from './parser.terms.js';

// Letters then digits and nothing else: as in spreadsheets, such a word is always a reference.
const CELL_WORD = /^[A-Za-z]+[0-9]+$/;
const BOOLEAN_WORD = /^(true|false)$/i;

/** Lezer specializer for the `identifier` token: -1 keeps it a plain identifier. */
export function classifyWord(word: string): number {
  if (CELL_WORD.test(word)) return cellWord;
  if (BOOLEAN_WORD.test(word)) return Boolean;
  return -1;
}
