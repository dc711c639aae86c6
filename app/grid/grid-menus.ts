// Owns what the grid's context menus offer: on row headers, on column headers and on cells, worded for
// how many rows or columns the selection holds, each item acting on the selection.

import type { MenuEntry } from '../ui/ContextMenu';
import type { Selection } from '../state/createSheetStore';
import { type Axis, type AxisSpan, spanOf } from './whole';

export interface GridMenuActions {
  structure(kind: 'insert' | 'delete', span: AxisSpan): void;
  cut(): void;
  copy(): void;
  paste(): void;
  pasteValues(): void;
  clear(): void;
  /** The Number format submenu, when number formats exist. */
  numberFormats?: MenuEntry[];
}

const NOUN: Record<Axis, [string, string]> = { row: ['row', 'rows'], col: ['column', 'columns'] };

/** `row` or `3 rows`. */
const counted = (axis: Axis, n: number): string => (n === 1 ? NOUN[axis][0] : `${n} ${NOUN[axis][1]}`);

/** Inserting before or after the selection's rows (columns), and deleting them. */
function structureItems(sel: Selection, axis: Axis, act: GridMenuActions, sides: ('before' | 'after')[], keys: boolean): MenuEntry[] {
  const span = spanOf(sel, axis);
  const what = counted(axis, span.count);
  const side = { before: axis === 'row' ? 'above' : 'left', after: axis === 'row' ? 'below' : 'right' };
  const items: MenuEntry[] = sides.map((s) => ({
    label: `Insert ${what} ${side[s]}`,
    shortcut: keys && s === 'before' ? 'Ctrl+Shift+=' : undefined,
    run: () => act.structure('insert', s === 'before' ? span : { ...span, at: span.at + span.count }),
  }));
  items.push({ label: `Delete ${what}`, shortcut: keys ? 'Ctrl+-' : undefined, run: () => act.structure('delete', span) });
  return items;
}

export const rowHeaderMenu = (sel: Selection, act: GridMenuActions): MenuEntry[] =>
  structureItems(sel, 'row', act, ['before', 'after'], true);

export const columnHeaderMenu = (sel: Selection, act: GridMenuActions): MenuEntry[] =>
  structureItems(sel, 'col', act, ['before', 'after'], true);

export function cellMenu(sel: Selection, act: GridMenuActions): MenuEntry[] {
  const [insertRow, deleteRow] = structureItems(sel, 'row', act, ['before'], false);
  const [insertCol, deleteCol] = structureItems(sel, 'col', act, ['before'], false);
  const entries: MenuEntry[] = [
    { label: 'Cut', shortcut: 'Ctrl+X', run: act.cut },
    { label: 'Copy', shortcut: 'Ctrl+C', run: act.copy },
    { label: 'Paste', shortcut: 'Ctrl+V', run: act.paste },
    { label: 'Paste values', shortcut: 'Ctrl+Shift+V', run: act.pasteValues },
    'separator',
    insertRow,
    insertCol,
    deleteRow,
    deleteCol,
    'separator',
    { label: 'Clear', shortcut: 'Delete', run: act.clear },
  ];
  if (act.numberFormats) entries.push({ label: 'Number format', items: act.numberFormats });
  return entries;
}
