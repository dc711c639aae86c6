// Owns how typed input is told apart (SPEC §2) before anything is computed: a formula, quoted text,
// nothing, a number, a boolean or plain text. It imports nothing, so the main thread can ask it too.

export type InputKind = 'formula' | 'quoted' | 'empty' | 'number' | 'bool' | 'text';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What kind of input `input` is; `number` and `bool` are read from its trimmed text. */
export function inputKind(input: string): InputKind {
  if (input.startsWith('=')) return 'formula';
  if (input.startsWith("'")) return 'quoted';
  const trimmed = input.trim();
  if (trimmed === '') return 'empty';
  if (NUMBER.test(trimmed)) return 'number';
  const upper = trimmed.toUpperCase();
  return upper === 'TRUE' || upper === 'FALSE' ? 'bool' : 'text';
}
