// Owns the selection slice of the store: the sheet shown, the selection, the scroll position the grid
// reports, and where the user left every other sheet (saved with the workbook's `ui`).

import { batch, createSignal } from 'solid-js';
import type { WorkbookFile } from '../../storage/format';
import type { Address } from './document';
import { type SheetViews, renameView, restoreViews, uiOfViews, viewOf, withoutView } from './sheet-views';

export interface Selection {
  anchor: Address;
  focus: Address;
}

export function createSelection() {
  const [activeSheet, setActiveSheet] = createSignal('Sheet1');
  const [selection, setSelection] = createSignal<Selection>({ anchor: { col: 0, row: 0 }, focus: { col: 0, row: 0 } });
  // The active sheet's scroll position as the grid reports it, and where the grid should scroll to when
  // the sheet or the workbook changes; the other sheets' views wait in `views` until shown again.
  const [scroll, setScroll] = createSignal({ top: 0, left: 0 });
  const [scrollTarget, setScrollTarget] = createSignal({ top: 0, left: 0 }, { equals: false });
  let views: SheetViews = {};

  const current = (): SheetViews => ({
    ...views,
    [activeSheet()]: { selection: selection(), scrollTop: scroll().top, scrollLeft: scroll().left },
  });

  /** Shows `name` where the user left it (A1 at the top when never visited); `keep` saves the current sheet's view first. */
  const switchTo = (name: string, keep = true): void => {
    if (keep) views = current();
    const v = viewOf(views, name);
    batch(() => {
      setActiveSheet(name);
      setSelection(v.selection);
      setScroll({ top: v.scrollTop, left: v.scrollLeft });
      setScrollTarget({ top: v.scrollTop, left: v.scrollLeft });
    });
  };

  return {
    activeSheet,
    selection,
    scrollTarget,
    switchTo,
    select: setSelection,
    /** Records the grid's scroll position; false when it did not move. */
    scrolled(top: number, left: number): boolean {
      const now = scroll();
      if (now.top === top && now.left === left) return false;
      setScroll({ top, left });
      return true;
    },
    /** Takes the views a workbook was saved with and shows the sheet it was saved on. */
    restore(file: WorkbookFile): void {
      const restored = restoreViews(file);
      views = restored.views;
      switchTo(restored.activeSheet, false);
    },
    /** A new sheet of this name starts at A1 (a deleted sheet's view is forgotten). */
    forget(name: string): void {
      views = withoutView(views, name);
    },
    renamed(from: string, to: string): void {
      views = renameView(views, from, to);
      if (activeSheet() === from) setActiveSheet(to);
    },
    /** The workbook's `ui` as saved: the sheet shown and where the user left each sheet. */
    ui: (sheets: readonly string[]): WorkbookFile['ui'] => uiOfViews(activeSheet(), current(), [...sheets]),
  };
}
