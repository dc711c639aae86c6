// Owns the sheet tabs: switch (click, or the arrows as in the WAI-ARIA tabs pattern), add, rename
// (double-click or F2), delete and reorder (drag, or Alt+arrows). The tablist holds only the tabs.

import { For, Show, createEffect, createSignal } from 'solid-js';
import type { SheetStore } from './state/createSheetStore';
import { arrowMove } from './layout/arrow-move';
import './sheet-tabs.css';

/** `onDone` hands the keyboard back to the grid once a sheet is added or deleted, so typing goes into cells. */
// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function SheetTabs(props: { store: SheetStore; onDone: () => void }) {
  const store = props.store;
  const [renaming, setRenaming] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  let dragged: string | null = null;
  let tablist!: HTMLDivElement;

  /** The keyboard goes to a sheet's tab once it is drawn again (after a rename, or a switch by arrow key). */
  const tabOf = (name: string) => [...tablist.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent === name);
  const focusTab = (name: string) => queueMicrotask(() => tabOf(name)?.focus());

  const finishRename = (from: string, to: string, refocus: boolean) => {
    const why = store.actions.renameSheet(from, to);
    setError(why);
    if (why) return;
    setRenaming(null);
    if (refocus) focusTab(to.trim());
  };

  // When the tabs scroll sideways (a phone), the selected one is always in view: a new sheet's too.
  createEffect(() => {
    const name = store.activeSheet();
    queueMicrotask(() => tabOf(name)?.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  });

  const switchTo = (i: number) => {
    const name = store.doc().sheets[i].name;
    store.actions.showSheet(name);
    focusTab(name);
  };

  return (
    <div class="sheet-tabs" data-region="tabs" data-region-entry="[role=tab][aria-selected=true]">
      <div ref={tablist} class="sheet-tablist" role="tablist" aria-label="Sheets">
        <For each={store.doc().sheets}>
          {(sheet, i) => (
            <Show
              when={renaming() === sheet.name}
              fallback={
                <button
                  role="tab"
                  class="sheet-tab"
                  aria-selected={store.activeSheet() === sheet.name}
                  tabindex={store.activeSheet() === sheet.name ? 0 : -1}
                  draggable="true"
                  onClick={() => store.actions.showSheet(sheet.name)}
                  onDblClick={() => setRenaming(sheet.name)}
                  onKeyDown={(e) => {
                    if (e.key === 'F2') setRenaming(sheet.name);
                    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
                      store.actions.moveSheet(sheet.name, i() + (e.key === 'ArrowLeft' ? -1 : 1));
                      e.preventDefault();
                      return;
                    }
                    const to = e.ctrlKey || e.metaKey ? null : arrowMove(e.key, i(), store.doc().sheets.length);
                    if (to === null) return;
                    e.preventDefault();
                    switchTo(to);
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
                  if (e.key === 'Enter') finishRename(sheet.name, e.currentTarget.value, true);
                  if (e.key === 'Escape') {
                    setRenaming(null);
                    setError(null);
                    focusTab(sheet.name);
                  }
                }}
                onBlur={(e) => renaming() === sheet.name && finishRename(sheet.name, e.currentTarget.value, false)}
              />
            </Show>
          )}
        </For>
      </div>
      <button class="sheet-add" aria-label="Add sheet" title="Add sheet" onClick={() => (store.actions.addSheet(), props.onDone())}>
        +
      </button>
      <Show when={store.doc().sheets.length > 1}>
        <button
          class="sheet-delete"
          title="Delete this sheet (undo brings it back)"
          onClick={() => (store.actions.deleteSheet(store.activeSheet()), props.onDone())}
        >
          Delete sheet
        </button>
      </Show>
      <Show when={error()}>
        <span class="sheet-error" role="alert">
          {error()}
        </span>
      </Show>
    </div>
  );
}
