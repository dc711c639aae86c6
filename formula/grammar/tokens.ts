// Owns word classification: whether a bare word is a cell reference, a boolean or a name (SPEC §3).
import { isCellWord } from '../address';
import { Boolean, cellWord } from './parser.terms.js';

const BOOLEAN_WORD = /^(true|false)$/i;

/** Lezer specializer for the `identifier` token: -1 keeps it a plain identifier. */
export function classifyWord(word: string): number {
  if (isCellWord(word)) return cellWord;
  if (BOOLEAN_WORD.test(word)) return Boolean;
  return -1;
}
