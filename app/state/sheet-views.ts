// Owns where the user left each sheet (its selection and scroll position), kept while they visit other
// sheets and saved with the workbook's `ui`; a sheet never visited starts at A1, scrolled to the top.
// Pure functions; the store holds the views.

import { cellName, parseRef } from '../../formula/address';
import type { WorkbookFile, WorkbookUi } from '../../storage/format';
import type { Address } from './document';

export interface SheetView {
  selection: { anchor: Address; focus: Address };
  /** CSS pixels, as the grid's scroller reports them. */
  scrollTop: number;
  scrollLeft: number;
}

/** Views by sheet name. */
export type SheetViews = Readonly<Record<string, SheetView>>;

/** Where a sheet starts: A1 selected, scrolled to the top left. */
export const startView = (): SheetView => ({
  selection: { anchor: { col: 0, row: 0 }, focus: { col: 0, row: 0 } },
  scrollTop: 0,
  scrollLeft: 0,
});

const addressOf = (ref: string): Address | null => {
  const p = parseRef(ref);
  return p?.kind === 'cell' ? { col: p.at.col, row: p.at.row } : null;
};

const selectionOf = (anchor: string, focus: string): SheetView['selection'] | null => {
  const a = addressOf(anchor);
  const f = addressOf(focus);
  return a && f ? { anchor: a, focus: f } : null;
};

/** The sheet a saved workbook asks to show and every sheet's view, for the sheets it still has. */
export function restoreViews(file: WorkbookFile): { activeSheet: string; views: SheetViews } {
  const ui = file.ui;
  const has = (name: string) => file.sheets.some((s) => s.name === name);
  const activeSheet = ui?.activeSheet && has(ui.activeSheet) ? ui.activeSheet : file.sheets[0].name;
  const views: Record<string, SheetView> = {};
  for (const [sheet, v] of Object.entries(ui?.views ?? {})) {
    const selection = selectionOf(v.anchor, v.focus);
    if (has(sheet) && selection) views[sheet] = { selection, scrollTop: v.scrollTop, scrollLeft: v.scrollLeft };
  }
  // Files written before views were saved give the active sheet's selection only.
  const legacy = ui?.selection && ui.selection.sheet === activeSheet ? selectionOf(ui.selection.anchor, ui.selection.focus) : null;
  if (legacy) views[activeSheet] = { ...(views[activeSheet] ?? startView()), selection: legacy };
  return { activeSheet, views };
}

/** The view of `sheet`, or where a sheet starts. */
export const viewOf = (views: SheetViews, sheet: string): SheetView => views[sheet] ?? startView();

/** The views without `sheet`'s (deleted, or new under a name a deleted sheet had). */
export function withoutView(views: SheetViews, sheet: string): SheetViews {
  const { [sheet]: _, ...rest } = views;
  return rest;
}

/** The views after a sheet is renamed. */
export function renameView(views: SheetViews, from: string, to: string): SheetViews {
  if (from === to || !views[from]) return views;
  const rest = withoutView(views, from);
  return { ...rest, [to]: views[from] };
}

/** The `ui` a workbook is saved with: the active sheet, its selection (as older versions read it) and every sheet's view. */
export function uiOfViews(activeSheet: string, views: SheetViews, sheets: readonly string[]): WorkbookUi {
  const cell = (a: Address) => cellName(a.col, a.row);
  const active = viewOf(views, activeSheet);
  const saved = sheets
    .filter((name) => views[name])
    .map((name): [string, NonNullable<WorkbookUi['views']>[string]] => {
      const v = views[name];
      return [
        name,
        {
          anchor: cell(v.selection.anchor),
          focus: cell(v.selection.focus),
          scrollTop: Math.max(0, v.scrollTop),
          scrollLeft: Math.max(0, v.scrollLeft),
        },
      ];
    });
  return {
    activeSheet,
    selection: { sheet: activeSheet, anchor: cell(active.selection.anchor), focus: cell(active.selection.focus) },
    views: Object.fromEntries(saved),
  };
}
