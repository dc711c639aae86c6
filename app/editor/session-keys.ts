// Owns how a formula editor takes part in an edit session: the keys Excel gives an edit in progress
// (arrows by mode, F2, F4, Ctrl+Enter), reporting the editor's text, caret and focus to the session,
// and taking the other editor's text without echoing it back.

import { currentCompletions } from '@codemirror/autocomplete';
import { Annotation, Prec, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { ARROWS, type Arrow } from '../grid/editing';

/** Marks a change copied from the other editor (the cell and the formula bar mirror each other). */
const mirrored = Annotation.define<boolean>();
/** Marks a change made by pointing at cells, which keeps the pointed reference live. */
export const pointed = Annotation.define<boolean>();

export interface SessionHooks {
  /** Whether an edit is in progress (the formula bar's editor lives on when none is). */
  active(): boolean;
  /** An arrow key; false lets it move the caret. */
  arrow(view: EditorView, arrow: Arrow, shift: boolean): boolean;
  toggleMode(): void;
  cycleAnchors(view: EditorView): void;
  fill(): void;
  /** The text changed other than by mirroring (typed, deleted, pasted, pointed), with or without an edit in progress. */
  typed(text: string, view: EditorView): void;
  /** The user moved the caret or changed the text other than by pointing. */
  leftPoint(): void;
  focused(view: EditorView): void;
  pressed(view: EditorView): void;
}

export function sessionKeys(h: SessionHooks): Extension {
  const when = (run: () => void) => () => (h.active() ? (run(), true) : false);
  // An open completion list owns Up and Down, also in the moment after it opens when it ignores them
  // (CodeMirror's interaction delay): they must not commit then. Left and Right it never takes.
  const free = (v: EditorView, arrow: Arrow) =>
    h.active() && (arrow === 'left' || arrow === 'right' || currentCompletions(v.state).length === 0);
  const arrowKeys = Object.entries(ARROWS).map(([key, arrow]) => ({
    key,
    run: (v: EditorView) => free(v, arrow) && h.arrow(v, arrow, false),
    shift: (v: EditorView) => free(v, arrow) && h.arrow(v, arrow, true),
  }));
  return [
    // Low precedence, as the commit keys: an open completion list takes the arrows first.
    Prec.low(
      keymap.of([
        ...arrowKeys,
        { key: 'F2', run: when(h.toggleMode) },
        { key: 'F4', run: (v) => h.active() && (h.cycleAnchors(v), true) },
        { key: 'Mod-Enter', run: when(h.fill) },
      ]),
    ),
    EditorView.updateListener.of((u) => {
      if (u.focusChanged && u.view.hasFocus) h.focused(u.view);
      if (u.transactions.some((tr) => tr.annotation(mirrored))) return;
      if (u.docChanged) h.typed(u.state.doc.toString(), u.view);
      if (h.active() && (u.docChanged || u.selectionSet) && !u.transactions.some((tr) => tr.annotation(pointed))) h.leftPoint();
    }),
    EditorView.domEventHandlers({ mousedown: (_e, v) => (h.pressed(v), false) }),
  ];
}

/** Shows `text` in an editor, caret at the end, without it reporting a change (the other editor's, or the cell's input). */
export function mirrorInto(view: EditorView, text: string): void {
  if (view.state.doc.toString() === text) return;
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    selection: { anchor: text.length },
    annotations: mirrored.of(true),
  });
}
