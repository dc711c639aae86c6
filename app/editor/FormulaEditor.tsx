// Owns the formula editor component: CodeMirror 6 with the formula language, used in the formula bar
// and in the cell. Enter, Tab and their Shift forms commit; Escape cancels. Leaving it commits nothing:
// the edit session (app/grid/edit-session.ts) decides what a click elsewhere does.

import { EditorState, Prec, type Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderExt } from '@codemirror/view';
import { onCleanup, onMount } from 'solid-js';
import './editor.css';
import { formulaExtensions } from './language';

export type CommitKey = 'enter' | 'shift-enter' | 'tab' | 'shift-tab';

export interface FormulaEditorProps {
  value: string;
  label: string;
  class?: string;
  autofocus?: boolean;
  placeholder?: string;
  /** The workbook's names, offered by autocomplete (read each time it runs). */
  names?: () => readonly string[];
  /** Cells offered as references by autocomplete (read each time it runs). */
  cells?: () => readonly { ref: string; detail: string }[];
  onChange?(text: string): void;
  onCommit(text: string, key: CommitKey): void;
  onCancel(): void;
  onFocus?(): void;
  /** Receives the view, e.g. for the formula bar to replace its text when the selection moves. */
  ref?(view: EditorView): void;
  /** More behaviour, e.g. joining an edit session. */
  extensions?: Extension;
}

export function FormulaEditor(props: FormulaEditorProps) {
  let host!: HTMLDivElement;
  let view: EditorView | undefined;

  const commit =
    (key: CommitKey) =>
    (v: EditorView): boolean => {
      props.onCommit(v.state.doc.toString(), key);
      return true;
    };

  onMount(() => {
    const extensions: Extension[] = [
      // Below autocomplete's own keymap, so Enter and Tab accept a completion while the popup is open.
      Prec.low(
        keymap.of([
          { key: 'Enter', run: commit('enter'), shift: commit('shift-enter') },
          { key: 'Tab', run: commit('tab'), shift: commit('shift-tab') },
          { key: 'Escape', run: () => (props.onCancel(), true) },
        ]),
      ),
      formulaExtensions({ names: () => props.names?.() ?? [], cells: () => props.cells?.() ?? [] }),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': props.label, 'aria-multiline': 'false' }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) props.onChange?.(u.state.doc.toString());
        if (u.focusChanged && u.view.hasFocus) props.onFocus?.();
      }),
      props.extensions ?? [],
    ];
    if (props.placeholder) extensions.push(placeholderExt(props.placeholder));
    view = new EditorView({
      parent: host,
      state: EditorState.create({ doc: props.value, extensions, selection: { anchor: props.value.length } }),
    });
    props.ref?.(view);
    if (props.autofocus) view.focus();
  });
  onCleanup(() => view?.destroy());

  return <div ref={host} class={`formula-editor ${props.class ?? ''}`} data-label={props.label} />;
}
