// Owns the app's state, built from slices: the document and its undo history (create-document.ts), the
// selection (create-selection.ts) and the values the engine worker sends back (cell-values.ts). Actions
// change the document and the worker hears of it; the store only mirrors what the worker computes.

import { batch, createSignal } from 'solid-js';
import type { CellEntry, WorkbookFile } from '../../storage/format';
import type { BookChange } from '../../storage/journal';
import type { CellView } from '../worker/cell-view';
import type { LoadOptions, WorkerClient } from '../worker/client';
import { type Address, type ChartFile, type Slider, inputAt, labelOf, splitLabel } from './document';
import { adopt } from './book-change';
import { createCellValues } from './cell-values';
import { firstKeys } from './cell-index';
import { createDocument } from './create-document';
import { type Selection, createSelection } from './create-selection';
import { withColumnWidth } from './column-widths';
import type { Rect, Structural } from '../../formula/ref-shift';
import type { PastePlan } from '../grid/paste';
import { moveCells, restructureWorkbook } from './structure';
import type { NumberFormat } from '../../storage/cell-format';
import { numberFormatAt, setNumberFormat, setSpill, spillAt, withFormats } from './cell-formats';
import { createSpills, spilledText } from '../grid/spills';
import { shownText } from '../grid/tensor-text';
import { parseRef } from '../../formula/address';
import {
  nameProblem,
  sheetNameProblem,
  withCellEntries,
  withCellSlider,
  withChart,
  withChartMoved,
  withName,
  withNewSheet,
  withSheetMoved,
  withSheetRenamed,
  withoutSheet,
} from './workbook-edits';

export type { Selection };

export type SheetStore = ReturnType<typeof createSheetStore>;

export interface SheetStoreHooks {
  /**
   * A user changed the document (`change`) or the selection (null). Autosave listens; opening a
   * workbook does not call it.
   */
  edited?(change: BookChange | null): void;
}

export interface OpenOptions extends LoadOptions {
  /** Nobody else holds the file's cells (read from a file or storage just now): edits may write into them. */
  adopted?: boolean;
}

// size: the store's action list, one short action per thing a user does, over the slices it composes.
export function createSheetStore(client: () => WorkerClient, hooks: SheetStoreHooks = {}) {
  const document = createDocument(client, { changed: (change) => hooks.edited?.(change) });
  const { doc } = document;
  const view = createSelection();
  const { activeSheet, selection } = view;
  const cellValues = createCellValues();
  /** `values[label]`: a cell's view, read through its own signal. */
  const values = new Proxy({} as Readonly<Record<string, CellView | undefined>>, {
    get: (_, label) => (typeof label === 'string' ? cellValues.view(label) : undefined),
    has: (_, label) => typeof label === 'string' && cellValues.has(label),
  });
  const [busy, setBusy] = createSignal(false);
  const [bug, setBug] = createSignal<string | null>(null);
  const [stopped, setStopped] = createSignal<string[]>([]);

  const moved = (): void => hooks.edited?.(null);
  /** After an undo or redo, a sheet that went away gives way to the first one. */
  const keepActiveSheet = (): void => {
    if (!doc().sheets.some((s) => s.name === activeSheet())) view.switchTo(doc().sheets[0].name, false);
  };

  const actions = {
    /** Runs several actions as one undoable step (e.g. writing a gradient cell and charting it). */
    transaction: document.transaction,
    /**
     * Opens a workbook: it replaces the document (with the sheet and selection it was saved with), and undo starts afresh.
     * `hold`: its formulas show their inputs, not computed, until `recalculate`.
     */
    open(file: WorkbookFile, options: OpenOptions = {}): void {
      const { adopted, ...load } = options;
      if (adopted) adopt(file);
      batch(() => {
        document.open(file, load);
        view.restore(file);
        setStopped([]);
      });
    },
    /** Computes the whole workbook again, with `stop` (cells that took the engine down) stopped. */
    recalculate(stop: string[]): void {
      setStopped(stop);
      document.recalculate(stop);
    },
    /** Sets cells' inputs (labels `Sheet1!A1`) as one undoable action. */
    setInputs(edits: [string, string][], opts: { undoable?: boolean } = {}): void {
      document.setInputs(edits, opts.undoable !== false);
    },
    /** Sets cells' number format (null: General) as one undoable step; inputs do not change, so nothing recomputes. */
    setFormat(labels: string[], format: NumberFormat | null): void {
      document.replace(withFormats(doc(), labels, setNumberFormat(format)));
    },
    /** Spills cells' tensors over the cells below and to the right, or stops, as one undoable step. */
    setSpill(labels: string[], on: boolean): void {
      document.replace(withFormats(doc(), labels, setSpill(on)));
    },
    /** Writes whole cell entries (inputs with their notes) as one undoable step: the Train panel's Keep. */
    setCellEntries(entries: [string, CellEntry][]): void {
      document.replace(withCellEntries(doc(), entries));
    },
    setSlider(label: string, slider: Slider | null): void {
      document.replace(withCellSlider(doc(), label, slider));
    },
    /** Sets a column's width (`B`) on a sheet, or the default with null, as one undoable step. */
    setColumnWidth(sheet: string, column: string, width: number | null): void {
      document.replace({ ...doc(), sheets: doc().sheets.map((s) => (s.name === sheet ? withColumnWidth(s, column, width) : s)) });
    },
    undo(): void {
      if (document.undo()) keepActiveSheet();
    },
    redo(): void {
      if (document.redo()) keepActiveSheet();
    },
    select(sel: Selection): void {
      view.select(sel);
      moved();
    },
    /** Shows a sheet where the user left it. */
    showSheet(name: string): void {
      view.switchTo(name);
      moved();
    },
    /** The grid scrolled (saved with the sheet's view). */
    scrolled(top: number, left: number): void {
      if (view.scrolled(top, left)) moved();
    },
    addSheet(): string {
      const { doc: next, name } = withNewSheet(doc());
      view.forget(name);
      document.replace(next);
      actions.showSheet(name);
      return name;
    },
    /** Renames a sheet; returns why not when the name is empty or taken. */
    renameSheet(from: string, to: string): string | null {
      const name = to.trim();
      const problem = sheetNameProblem(doc(), from, name);
      if (problem) return problem;
      document.replace(withSheetRenamed(doc(), from, name));
      view.renamed(from, name);
      return null;
    },
    deleteSheet(name: string): void {
      const d = doc();
      if (d.sheets.length === 1) return;
      const i = d.sheets.findIndex((s) => s.name === name);
      document.replace(withoutSheet(d, name));
      view.forget(name);
      if (activeSheet() === name) view.switchTo(doc().sheets[Math.max(0, i - 1)].name, false);
    },
    moveSheet(name: string, to: number): void {
      document.replace(withSheetMoved(doc(), name, to));
    },
    /** Names a cell or range (`Sheet1!A1`, `Sheet1!A1:B2`); returns why not when the name is unusable. */
    setName(name: string, target: string | null): string | null {
      const problem = nameProblem(name);
      if (problem) return problem;
      document.replace(withName(doc(), name, target));
      return null;
    },
    addChart(chart: ChartFile): void {
      document.replace(withChart(doc(), doc().charts.length, chart));
    },
    updateChart(index: number, chart: ChartFile): void {
      document.replace(withChart(doc(), index, chart));
    },
    removeChart(index: number): void {
      document.replace(withChart(doc(), index, null));
    },
    moveChart(index: number, to: number): void {
      document.replace(withChartMoved(doc(), index, to));
    },
    /** Inserts or deletes rows or columns: cells, references, names and charts follow, as one undo step. */
    restructure(change: Structural): void {
      document.replace(restructureWorkbook(doc(), change));
    },
    /** Cut and paste: the cells move, and every reference to them follows, as one undo step. */
    moveCells(sheet: string, from: Rect, toSheet: string, to: Address): void {
      document.replace(moveCells(doc(), sheet, from, toSheet, to));
    },
    /** A paste or a fill on `sheet` as one undo step; what it filled is selected when `select` is set. */
    paste(sheet: string, plan: PastePlan, opts: { select?: Rect } = {}): void {
      // One batch: the grid draws the pasted cells and the new selection in one pass, not two.
      batch(() => {
        if (plan.kind === 'move') actions.moveCells(plan.sheet, plan.from, sheet, plan.to);
        else actions.setInputs(plan.cells.map((c) => [labelOf(sheet, c), c.input]));
        if (opts.select && sheet === activeSheet()) {
          view.select({
            anchor: { col: opts.select.left, row: opts.select.top },
            focus: { col: opts.select.right, row: opts.select.bottom },
          });
          moved();
        }
      });
    },
    /** Stops a runaway computation: the worker restarts and the cells being computed show #LOOP!. */
    cancel(): void {
      setStopped(document.cancel());
    },
  };

  /** What the worker sends back. */
  const receive = {
    values: cellValues.receive,
    pending: cellValues.pending,
    busy: setBusy,
    bug(message: string): void {
      setBug(message);
    },
  };

  const active = (): Address => selection().focus;
  const spills = createSpills({ doc, sheet: activeSheet, view: (label) => values[label] });

  /** What a cell shows, as the grid draws it and copy takes it: in its number format, or the element of a spill it is part of. */
  const shown = (label: string): string => {
    const { sheet, cell } = splitLabel(label);
    const ref = sheet === activeSheet() ? parseRef(cell) : null;
    const spilled = ref?.kind === 'cell' ? spills.at(ref.at) : null;
    return spilled ? spilledText(spilled) : shownText(values[label], numberFormatAt(doc(), label));
  };

  /** The document as saved: with the sheet shown and where the user left each sheet. */
  const file = (): WorkbookFile => ({ ...doc(), ui: view.ui(doc().sheets.map((s) => s.name)) });
  const activeLabel = (): string => labelOf(activeSheet(), active());

  /** The filled cells of the shown sheet, for autocomplete: their reference and what they hold. */
  const cellHints = (): { ref: string; detail: string }[] => {
    const sheet = doc().sheets.find((s) => s.name === activeSheet());
    if (!sheet) return [];
    return firstKeys(sheet.cells).map((ref) => {
      const v = values[`${sheet.name}!${ref}`];
      const shape = v?.shape && v.shape.length > 0 ? ` ${v.shape.join('×')}` : '';
      return { ref, detail: v ? (v.kind === 'error' ? v.text : `${v.kind}${shape}`) : '' };
    });
  };

  return {
    doc,
    values,
    cellHints,
    activeSheet,
    selection,
    busy,
    bug,
    lastMs: cellValues.lastMs,
    stopped,
    historySize: document.historySize,
    /** Where the grid scrolls to when the sheet or the workbook changes. */
    scrollTarget: view.scrollTarget,
    activeLabel,
    file,
    inputOf: (label: string): string => inputAt(doc(), label),
    isComputing: cellValues.isComputing,
    numberFormatOf: (label: string): NumberFormat | null => numberFormatAt(doc(), label),
    spillsOf: (label: string): boolean => spillAt(doc(), label),
    spills,
    shown,
    actions,
    receive,
  };
}
