// Owns what a key pressed on the grid itself does (keys typed in the cell editor are the editor's): the
// command gridKey reads from it, carried out on the store, the edit session and the menu.

import type { Rect } from '../../formula/ref-shift';
import type { SheetStore } from '../state/createSheetStore';
import { type Address, labelOf } from '../state/document';
import type { createGridMenu } from './createGridMenu';
import type { EditSession } from './edit-session';
import { fillSelection } from './fill';
import { COLS, ROWS } from './geometry';
import { lastUsed } from './jump';
import { gridKey } from './keys';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The edits that clear the filled cells of `r` on `sheet` (empty cells are left out). */
export function clearEdits(sheet: string, r: Rect, inputOf: (label: string) => string): [string, string][] {
  const edits: [string, string][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const label = labelOf(sheet, { col, row });
      if (inputOf(label) !== '') edits.push([label, '']);
    }
  }
  return edits;
}

export interface GridKeyboardDeps {
  store: SheetStore;
  edit: EditSession;
  selected(): Rect;
  select(anchor: Address, focus?: Address): void;
  /** Starts editing the active cell: with the typed text (Enter mode) or null (Edit mode). */
  startEdit(initial: string | null): void;
  menu(): ReturnType<typeof createGridMenu>;
  /** The next paste enters values (Ctrl+Shift+V; the browser's paste event follows the key). */
  armPasteValues(): void;
}

export function makeGridKeyboard(deps: GridKeyboardDeps) {
  const { store, edit } = deps;
  const labelAt = (a: Address) => labelOf(store.activeSheet(), a);
  const sheetCells = () => store.doc().sheets.find((s) => s.name === store.activeSheet())?.cells ?? {};

  const clearSelection = (): void => {
    const edits = clearEdits(store.activeSheet(), deps.selected(), store.inputOf);
    if (edits.length) store.actions.setInputs(edits);
  };

  const onKeyDown = (ev: KeyboardEvent): void => {
    // Keys typed in the cell editor bubble up here; the editor has handled them (and may be gone).
    if (ev.defaultPrevented || (ev.target as HTMLElement).closest('.grid-editor')) return;
    // Mid-edit with the keyboard on the grid (after a sheet tab, say): the key goes on to the editor.
    if (edit.editing()) return edit.focusEditor();
    const sheetData = { filled: (a: Address) => store.inputOf(labelAt(a)) !== '', lastUsed: () => lastUsed(Object.keys(sheetCells())) };
    const cmd = gridKey(
      { key: ev.key, shift: ev.shiftKey, mod: isMac ? ev.metaKey : ev.ctrlKey, alt: ev.altKey },
      store.selection(),
      sheetData,
    );
    switch (cmd.kind) {
      case 'none':
      case 'copy':
      case 'cut':
        return; // copy and cut reach the grid as clipboard events
      case 'select':
        deps.select(cmd.selection.anchor, cmd.selection.focus);
        break;
      case 'edit':
        deps.startEdit(cmd.initial);
        break;
      case 'clear':
        clearSelection();
        break;
      case 'undo':
        store.actions.undo();
        break;
      case 'redo':
        store.actions.redo();
        break;
      case 'structure':
        deps.menu().shortcut(cmd.change);
        break;
      case 'menu':
        deps.menu().openFromKeyboard();
        break;
      case 'fill': {
        const plan = fillSelection(deps.selected(), cmd.direction, (col, row) => store.inputOf(labelAt({ col, row })), {
          cols: COLS,
          rows: ROWS,
        });
        if (plan) store.actions.paste(store.activeSheet(), plan);
        break;
      }
      case 'paste-values':
        deps.armPasteValues();
        return;
    }
    ev.preventDefault();
  };

  return { onKeyDown, clearSelection };
}
