// Owns the editor tests' shared setup: a state from a string with the cursor marked by `|`, as
// lang-sql's test/test-complete.ts writes its cases.

import { EditorState, type Extension } from '@codemirror/state';
import { formulaLanguage } from './language';

/** A state holding `marked` without its `|`, the cursor where the `|` was. */
export function stateAt(marked: string, extensions: Extension = []): { state: EditorState; pos: number } {
  const pos = marked.indexOf('|');
  if (pos < 0) throw new Error(`test input has no cursor mark: ${marked}`);
  const doc = marked.slice(0, pos) + marked.slice(pos + 1);
  const state = EditorState.create({ doc, selection: { anchor: pos }, extensions: [formulaLanguage.extension, extensions] });
  return { state, pos };
}
