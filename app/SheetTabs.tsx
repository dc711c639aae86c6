// Owns the sheet tabs: switch, add, rename (double-click), delete and reorder (drag, or Alt+arrows).

import { For, Show, createSignal } from 'solid-js';
import type { SheetStore } from './state/createSheetStore';

/** `onDone` hands the keyboard back to the grid once a sheet is added or deleted, so typing goes into cells. */
export function SheetTabs(props: { store: SheetStore; onDone: () => void }) {
  const store = props.store;
  const [renaming, setRenaming] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  let dragged: string | null = null;

  const finishRename = (from: string, to: string) => {
    const why = store.actions.renameSheet(from, to);
    setError(why);
    if (!why) setRenaming(null);
  };

  return (
    <div class="sheet-tabs" role="tablist" aria-label="Sheets">
      <For each={store.doc().sheets}>
        {(sheet, i) => (
          <Show
            when={renaming() === sheet.name}
            fallback={
              <button
                role="tab"
                class="sheet-tab"
                aria-selected={store.activeSheet() === sheet.name}
                draggable="true"
                onClick={() => store.actions.showSheet(sheet.name)}
                onDblClick={() => setRenaming(sheet.name)}
                onKeyDown={(e) => {
                  if (e.key === 'F2') setRenaming(sheet.name);
                  if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
                    store.actions.moveSheet(sheet.name, i() + (e.key === 'ArrowLeft' ? -1 : 1));
                    e.preventDefault();
                  }
                }}
                onDragStart={() => (dragged = sheet.name)}
                onDragOver={(e) => e.preventDefault()}
                onDrop={() => dragged && dragged !== sheet.name && store.actions.moveSheet(dragged, i())}
              >
                {sheet.name}
              </button>
            }
          >
            <input
              class="sheet-tab-rename"
              aria-label={`Rename sheet ${sheet.name}`}
              value={sheet.name}
              ref={(el) => queueMicrotask(() => (el.focus(), el.select()))}
              onKeyDown={(e) => {
                if (e.key === 'Enter') finishRename(sheet.name, e.currentTarget.value);
                if (e.key === 'Escape') (setRenaming(null), setError(null));
              }}
              onBlur={(e) => renaming() === sheet.name && finishRename(sheet.name, e.currentTarget.value)}
            />
          </Show>
        )}
      </For>
      <button class="sheet-add" aria-label="Add sheet" title="Add sheet" onClick={() => (store.actions.addSheet(), props.onDone())}>+</button>
      <Show when={store.doc().sheets.length > 1}>
        <button class="sheet-delete" title="Delete this sheet (undo brings it back)" onClick={() => (store.actions.deleteSheet(store.activeSheet()), props.onDone())}>
          Delete sheet
        </button>
      </Show>
      <Show when={error()}>
        <span class="sheet-error" role="alert">{error()}</span>
      </Show>
    </div>
  );
}
