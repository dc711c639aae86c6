// Owns the editor tests' shared setup: a state from a string with the cursor marked by `|`, as
// lang-sql's test/test-complete.ts writes its cases.

import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { formulaLanguage } from './language';

/** A state holding `marked` without its `|`, the cursor where the `|` was. */
export function stateAt(marked: string, extensions: Extension = []): { state: EditorState; pos: number } {
  const pos = marked.indexOf('|');
  if (pos < 0) throw new Error(`test input has no cursor mark: ${marked}`);
  const doc = marked.slice(0, pos) + marked.slice(pos + 1);
  const created = EditorState.create({ doc, selection: { anchor: pos }, extensions: [formulaLanguage.extension, extensions] });
  // A new state parses within a small time budget, and on a busy machine a cold first parse stops short:
  // finish the parse, then take a state whose syntax tree is the finished one (an empty transaction).
  ensureSyntaxTree(created, doc.length, 5000);
  return { state: created.update({}).state, pos };
}
