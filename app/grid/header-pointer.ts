// Owns selecting by the headers with the pointer: a press on a column (row) header selects the column (row),
// Shift extends from the selection's anchor, and a drag across the headers extends.

import type { Selection } from '../state/createSheetStore';
import { type Axis, columnsSelection, rowsSelection } from './whole';

/** The header under an event's target, read from the grid's `data-colhead` / `data-rowhead` attributes. */
export function headerOf(target: EventTarget | null): { axis: Axis; index: number } | null {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-colhead], [data-rowhead]') : null;
  if (!el) return null;
  return el.dataset.colhead !== undefined
    ? { axis: 'col', index: Number(el.dataset.colhead) }
    : { axis: 'row', index: Number(el.dataset.rowhead) };
}

const whole = (axis: Axis, from: number, to: number): Selection => (axis === 'col' ? columnsSelection(from, to) : rowsSelection(from, to));

export function makeHeaderPointer(selection: () => Selection, select: (sel: Selection) => void) {
  let drag: { axis: Axis; from: number } | null = null;
  return {
    /** A press: true when it was on a header (and so handled). */
    down(ev: MouseEvent): boolean {
      const h = headerOf(ev.target);
      if (!h) return false;
      if (ev.button !== 0) return true;
      const sel = selection();
      const from = ev.shiftKey ? (h.axis === 'col' ? sel.anchor.col : sel.anchor.row) : h.index;
      select(whole(h.axis, from, h.index));
      drag = { axis: h.axis, from };
      return true;
    },
    /** A move with the button held: extends over the header (or the cell's row or column) under the pointer. */
    move(ev: MouseEvent): boolean {
      if (!drag) return false;
      if (!(ev.buttons & 1)) {
        drag = null;
        return false;
      }
      const h = headerOf(ev.target);
      const cell = ev.target instanceof Element ? ev.target.closest<HTMLElement>('[data-col]') : null;
      const index = h?.axis === drag.axis ? h.index : cell ? Number(drag.axis === 'col' ? cell.dataset.col : cell.dataset.row) : null;
      if (index !== null) select(whole(drag.axis, drag.from, index));
      return true;
    },
    up(): void {
      drag = null;
    },
  };
}
