import { describe, expect, it } from 'vitest';
import type { Selection } from '../state/createSheetStore';
import { makeHeaderPointer } from './header-pointer';
import { columnsSelection, rowsSelection } from './whole';

/** Just enough of an element for `closest` and `dataset`, so the pointer logic runs in Node. */
class FakeElement {
  constructor(public dataset: Record<string, string>) {}
  closest(selector: string) {
    const wanted = selector.includes('colhead') ? ['colhead', 'rowhead'] : ['col'];
    return wanted.some((k) => k in this.dataset) ? this : null;
  }
}
(globalThis as { Element?: unknown }).Element ??= FakeElement;
const colHead = (i: number) => new FakeElement({ colhead: String(i) });
const rowHead = (i: number) => new FakeElement({ rowhead: String(i) });
const cellAt = (col: number, row: number) => new FakeElement({ col: String(col), row: String(row) });
const press = (target: unknown, mods: Partial<MouseEvent> = {}) =>
  ({ target, button: 0, buttons: 1, shiftKey: false, ...mods }) as unknown as MouseEvent;

function pointer(start: Selection = { anchor: { col: 0, row: 0 }, focus: { col: 0, row: 0 } }) {
  let sel = start;
  const p = makeHeaderPointer(
    () => sel,
    (s) => (sel = s),
  );
  return { p, sel: () => sel };
}

describe('header pointer', () => {
  it('a press on a column header selects the column, on a row header the row', () => {
    const { p, sel } = pointer();
    expect(p.down(press(colHead(3)))).toBe(true);
    expect(sel()).toEqual(columnsSelection(3, 3));
    p.down(press(rowHead(7)));
    expect(sel()).toEqual(rowsSelection(7, 7));
  });

  it('Shift extends from the anchor, and a drag extends over headers or cells', () => {
    const { p, sel } = pointer({ anchor: { col: 1, row: 4 }, focus: { col: 1, row: 4 } });
    p.down(press(colHead(4), { shiftKey: true }));
    expect(sel()).toEqual(columnsSelection(1, 4));
    p.down(press(rowHead(2)));
    p.move(press(rowHead(5)));
    expect(sel()).toEqual(rowsSelection(2, 5));
    p.move(press(cellAt(9, 6)));
    expect(sel()).toEqual(rowsSelection(2, 6));
    p.up();
    expect(p.move(press(rowHead(9)))).toBe(false);
    expect(sel()).toEqual(rowsSelection(2, 6));
  });

  it('leaves presses elsewhere, and right presses on headers, to others', () => {
    const { p, sel } = pointer();
    expect(p.down(press(cellAt(1, 1)))).toBe(false);
    expect(p.down(press(colHead(2), { button: 2 }))).toBe(true);
    expect(sel()).toEqual({ anchor: { col: 0, row: 0 }, focus: { col: 0, row: 0 } });
  });
});
