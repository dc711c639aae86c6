// Owns the mouse on the grid's cells: a press selects, a drag extends, a double-click edits, and while a
// formula is typed a press and a drag point at cells; presses on the headers select rows and columns.

import type { Selection } from '../state/create-selection';
import type { SheetStore } from '../state/createSheetStore';
import type { Address } from '../state/document';
import type { EditSession } from './edit-session';
import { makeHeaderPointer } from './header-pointer';
import { spansAllColumns, spansAllRows } from './whole';

/** Where Shift+click extends from: the active cell after whole rows or columns were selected (as in Excel), else the anchor. */
export const extendFrom = (sel: Selection): Address => (spansAllRows(sel) || spansAllColumns(sel) ? sel.focus : sel.anchor);

/** The cell an event happened on (its element carries data-col and data-row), or null off the cells. */
export function addressOf(target: EventTarget | null): Address | null {
  const el = (target as HTMLElement | null)?.closest?.<HTMLElement>('[data-col]');
  return el ? { col: Number(el.dataset.col), row: Number(el.dataset.row) } : null;
}

export interface GridPointerDeps {
  store: SheetStore;
  edit: EditSession;
  select(anchor: Address, focus?: Address): void;
  startEdit(initial: string | null): void;
  /** Gives the grid the keyboard focus. */
  focus(): void;
}

export function makeGridPointer(deps: GridPointerDeps) {
  const { store, edit } = deps;
  const headers = makeHeaderPointer(store.selection, (sel) => store.actions.select(sel));
  let dragging = false;
  let pointing = false;
  return {
    down(ev: MouseEvent): void {
      if (!edit.editing() && headers.down(ev)) {
        ev.preventDefault();
        deps.focus();
        return;
      }
      const a = addressOf(ev.target);
      // A right press keeps the selection for its context menu (which selects what is outside it).
      if (!a || ev.button !== 0) return;
      const during = edit.editing() ? edit.pressCell(a) : 'commit';
      pointing = during === 'point';
      if (during !== 'commit') return ev.preventDefault();
      ev.preventDefault();
      deps.focus();
      if (ev.shiftKey) deps.select(extendFrom(store.selection()), a);
      else deps.select(a);
      dragging = true;
    },
    move(ev: MouseEvent): void {
      if (headers.move(ev) || !(dragging || pointing) || !(ev.buttons & 1)) return;
      const a = addressOf(ev.target);
      if (a && pointing) edit.dragTo(a);
      else if (a) store.actions.select({ anchor: store.selection().anchor, focus: a });
    },
    up(): void {
      dragging = pointing = false;
      headers.up();
    },
    doubleClick(ev: MouseEvent): void {
      if (addressOf(ev.target) && !edit.editing()) deps.startEdit(null);
    },
  };
}
