// Owns the formula bar: the selected cell's input, editable with the formula editor.

import type { EditorView } from '@codemirror/view';
import { createEffect } from 'solid-js';
import { FormulaEditor, setEditorText } from './editor/FormulaEditor';
import type { SheetStore } from './state/createSheetStore';
import { SpillSource } from './grid/SpillLayer';

export function FormulaBar(props: { store: SheetStore; onDone(): void }) {
  const store = props.store;
  let view: EditorView | undefined;
  createEffect(() => {
    const input = store.inputOf(store.activeLabel());
    if (view && !view.hasFocus) setEditorText(view, input);
  });
  return (
    <div class="formula-bar">
      <span class="fx" aria-hidden="true">ƒx</span>
      <FormulaEditor
        value={store.inputOf(store.activeLabel())}
        label="Formula bar"
        names={() => Object.keys(store.doc().names)}
        cells={store.cellHints}
        placeholder="Type a number, text, or =formula"
        ref={(v) => (view = v)}
        onCommit={(text, key) => {
          const label = store.activeLabel();
          if (text !== store.inputOf(label)) store.actions.setInputs([[label, text]]);
          if (key !== 'blur') props.onDone();
        }}
        onCancel={() => {
          if (view) setEditorText(view, store.inputOf(store.activeLabel()));
          props.onDone();
        }}
      />
      <SpillSource store={store} />
    </div>
  );
}
