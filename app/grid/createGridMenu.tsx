// Owns the grid's context menus: which one opens (row header, column header or cell) from a right-click or
// from Shift+F10 and the ContextMenu key, where it opens, and the insert and delete shortcuts they share.

import { Show, createSignal } from 'solid-js';
import { cellName } from '../../formula/address';
import type { SheetStore } from '../state/createSheetStore';
import { ContextMenu, type MenuAt, type MenuEntry } from '../ui/ContextMenu';
import { cellMenu, columnHeaderMenu, rowHeaderMenu } from './grid-menus';
import { headerOf } from './header-pointer';
import { type AxisSpan, columnsSelection, rowsSelection, shortcutAxis, spanOf, spansAllColumns, spansAllRows } from './whole';

type MenuKind = 'row' | 'col' | 'cell';

export interface GridMenuDeps {
  store: SheetStore;
  cut(): void;
  copy(): void;
  paste(): void;
  pasteValues(): void;
  clear(): void;
  numberFormats?(): MenuEntry[];
}

const LABELS: Record<MenuKind, string> = { row: 'Row actions', col: 'Column actions', cell: 'Cell actions' };

// size: one menu's items, each a short entry.
export function createGridMenu(deps: GridMenuDeps) {
  const { store } = deps;
  const [open, setOpen] = createSignal<{ kind: MenuKind; at: MenuAt } | null>(null);

  const structure = (kind: 'insert' | 'delete', span: AxisSpan) => store.actions.restructure({ sheet: store.activeSheet(), kind, ...span });

  const inSelection = (col: number, row: number) => {
    const { anchor, focus } = store.selection();
    return (
      col >= Math.min(anchor.col, focus.col) &&
      col <= Math.max(anchor.col, focus.col) &&
      row >= Math.min(anchor.row, focus.row) &&
      row <= Math.max(anchor.row, focus.row)
    );
  };

  const items = (kind: MenuKind): MenuEntry[] => {
    const act = {
      structure,
      cut: deps.cut,
      copy: deps.copy,
      paste: deps.paste,
      pasteValues: deps.pasteValues,
      clear: deps.clear,
      numberFormats: deps.numberFormats?.(),
    };
    if (kind === 'row') return rowHeaderMenu(store.selection(), act);
    if (kind === 'col') return columnHeaderMenu(store.selection(), act);
    return cellMenu(store.selection(), act);
  };

  return {
    /**
     * A right-click on a header or a cell: one outside the selection selects it first (as in any
     * spreadsheet), then the menu opens at the pointer. False when the click was elsewhere.
     */
    openAt(ev: MouseEvent): boolean {
      const h = headerOf(ev.target);
      const cell = ev.target instanceof Element ? ev.target.closest<HTMLElement>('[data-col]') : null;
      let kind: MenuKind;
      if (h?.axis === 'row') {
        if (!(spansAllColumns(store.selection()) && inSelection(0, h.index))) store.actions.select(rowsSelection(h.index, h.index));
        kind = 'row';
      } else if (h?.axis === 'col') {
        if (!(spansAllRows(store.selection()) && inSelection(h.index, 0))) store.actions.select(columnsSelection(h.index, h.index));
        kind = 'col';
      } else if (cell) {
        const col = Number(cell.dataset.col);
        const row = Number(cell.dataset.row);
        if (!inSelection(col, row)) store.actions.select({ anchor: { col, row }, focus: { col, row } });
        kind = 'cell';
      } else return false;
      setOpen({ kind, at: { x: ev.clientX, y: ev.clientY } });
      return true;
    },
    /** Shift+F10 or the ContextMenu key: the menu of what is selected, under its active header or cell. */
    openFromKeyboard(): void {
      const sel = store.selection();
      const rows = spansAllColumns(sel);
      const cols = spansAllRows(sel);
      const kind: MenuKind = rows && !cols ? 'row' : cols && !rows ? 'col' : 'cell';
      const selector =
        kind === 'row'
          ? `[data-rowhead="${sel.focus.row}"]`
          : kind === 'col'
            ? `[data-colhead="${sel.focus.col}"]`
            : `#cell-${cellName(sel.focus.col, sel.focus.row)}`;
      const r = document.querySelector(selector)?.getBoundingClientRect();
      setOpen({ kind, at: r ? { x: r.left + Math.min(r.width / 2, 24), y: r.bottom } : { x: 0, y: 0 } });
    },
    /** Ctrl+Shift+= and Ctrl+-: on the selected columns when whole columns are selected, else on its rows. */
    shortcut(kind: 'insert' | 'delete'): void {
      const sel = store.selection();
      // Inserting as many rows as the sheet has would push every cell off it.
      if (kind === 'insert' && spansAllRows(sel) && spansAllColumns(sel)) return;
      structure(kind, spanOf(sel, shortcutAxis(sel)));
    },
    /** The open menu, for the grid to render. */
    view: () => (
      <Show when={open()}>
        {(m) => <ContextMenu label={LABELS[m().kind]} items={items(m().kind)} at={m().at} onClose={() => setOpen(null)} />}
      </Show>
    ),
  };
}
