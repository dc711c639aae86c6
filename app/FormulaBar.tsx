// Owns the formula bar: the selected cell's input, editable with the formula editor. While a cell is
// being edited it shows the same text as the cell, live, and typing here shows in the cell.

import type { EditorView } from '@codemirror/view';
import { createEffect } from 'solid-js';
import { FormulaEditor } from './editor/FormulaEditor';
import { mirrorInto } from './editor/session-keys';
import type { EditSession } from './grid/edit-session';
import type { SheetStore } from './state/createSheetStore';
import { SpillSource } from './grid/SpillLayer';

export function FormulaBar(props: { store: SheetStore; edit: EditSession }) {
  const store = props.store;
  const edit = props.edit;
  let view: EditorView | undefined;
  createEffect(() => {
    // The edit session keeps this editor in step while an edit is open.
    const input = store.inputOf(store.activeLabel());
    if (view && !edit.editing()) mirrorInto(view, input);
  });
  return (
    <div class="formula-bar">
      <span class="fx" aria-hidden="true">
        ƒx
      </span>
      <FormulaEditor
        value={store.inputOf(store.activeLabel())}
        label="Formula bar"
        names={() => Object.keys(store.doc().names)}
        cells={store.cellHints}
        placeholder="Type a number, text, or =formula"
        ref={(v) => (view = v)}
        extensions={edit.extension('bar')}
        onCommit={(_text, key) => edit.commit(key)}
        onCancel={() => edit.cancel()}
      />
      <SpillSource store={store} />
    </div>
  );
}
