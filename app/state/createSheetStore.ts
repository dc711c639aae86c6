// Owns the app's state: the workbook document (the source of truth for inputs), the values the
// engine worker sends back, the selection and the editor. Actions change the document and tell the
// worker; the store only mirrors what the worker computes.

import { batch, createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { type WorkbookFile, cellInput } from '../../storage/format';
import type { CellView } from '../worker/cell-view';
import type { LoadOptions, WorkerClient } from '../worker/client';
import { type Address, type ChartFile, type Slider, emptyWorkbook, inputAt, labelOf, splitLabel, uniqueSheetName, withInput, withSlider } from './document';
import { type DocChange, diffDocs } from './diff';
import { applyInputs } from './bulk-edit';
import { renameSheetInInput } from '../../formula/rename-sheet';
import { type SheetViews, restoreViews, renameView, uiOfViews, viewOf, withoutView } from './sheet-views';
import { withColumnWidth } from './column-widths';
import { type History, emptyHistory, record, redo as redoStep, undo as undoStep } from './history';
import type { Rect, Structural } from '../../formula/ref-shift';
import type { PastePlan } from '../grid/paste';
import { moveCells, restructureWorkbook } from './structure';
import type { NumberFormat } from '../../storage/cell-format';
import { numberFormatAt, setNumberFormat, setSpill, spillAt, withFormats } from './cell-formats';
import { createSpills, spilledText } from '../grid/spills';
import { shownText } from '../grid/tensor-text';
import { isAllowedName, parseRef } from '../../formula/address';

export interface Selection {
  anchor: Address;
  focus: Address;
}

export type SheetStore = ReturnType<typeof createSheetStore>;

export interface SheetStoreHooks {
  /** A user changed the document or the selection (autosave listens; opening a workbook does not call it). */
  edited?(): void;
}

export function createSheetStore(client: () => WorkerClient, hooks: SheetStoreHooks = {}) {
  const [doc, setDoc] = createSignal<WorkbookFile>(emptyWorkbook());
  const [values, setValues] = createStore<Record<string, CellView>>({});
  /** The labels `values` holds, so the end of a load finds the stale ones without walking the store. */
  const withValue = new Set<string>();
  /** Formula cells the engine has still to compute in a long run (they show a pending mark). */
  const [computing, setComputing] = createStore<Record<string, true>>({});
  const [activeSheet, setActiveSheet] = createSignal('Sheet1');
  const [selection, setSelection] = createSignal<Selection>({ anchor: { col: 0, row: 0 }, focus: { col: 0, row: 0 } });
  // The active sheet's scroll position as the grid reports it, and where the grid should scroll to when
  // the sheet or the workbook changes; the other sheets' views wait in `views` until shown again.
  const [scroll, setScroll] = createSignal({ top: 0, left: 0 });
  const [scrollTarget, setScrollTarget] = createSignal({ top: 0, left: 0 }, { equals: false });
  let views: SheetViews = {};
  const [busy, setBusy] = createSignal(false);
  const [bug, setBug] = createSignal<string | null>(null);
  const [lastMs, setLastMs] = createSignal(0);
  const [stopped, setStopped] = createSignal<string[]>([]);
  let history: History = emptyHistory();
  const [historySize, setHistorySize] = createSignal({ undo: 0, redo: 0 });

  // Edits made in one task (a paste, a drag step, an undo) go to the worker as one message, sent at the
  // end of that task. STYLE §1 says one animation frame; waiting for the frame cost a whole frame of
  // latency on every slider move (input to redrawn chart went from 33 ms to under one frame), and the
  // browser already delivers input events at most once per frame.
  let pending: [string, string][] = [];
  let flushScheduled = false;
  const flush = (): void => {
    flushScheduled = false;
    if (pending.length === 0) return;
    const edits = pending;
    pending = [];
    client().edit(edits);
  };
  const queue = (edits: [string, string][]): void => {
    // Not push(...edits): a million arguments overflow the stack.
    pending = pending.length === 0 ? edits : pending.concat(edits);
    if (!flushScheduled) {
      flushScheduled = true;
      queueMicrotask(flush);
    }
  };

  /** Set while a transaction runs: its steps share the one undo entry recorded when it began. */
  let inTransaction = false;

  /** Moves the document to `next`, telling the worker what changed (`known` when the caller knows, else found by diffing). */
  const apply = (next: WorkbookFile, opts: { undoable?: boolean } = {}, known?: DocChange): void => {
    const before = doc();
    const change = known ?? diffDocs(before, next);
    if (opts.undoable !== false && !inTransaction) {
      history = record(history, before);
      setHistorySize({ undo: history.past.length, redo: 0 });
    }
    setDoc(next);
    hooks.edited?.();
    if (change.kind === 'edits') queue(change.edits);
    else if (change.kind === 'reload') {
      pending = [];
      client().load(next);
    }
  };

  /** Shows `name` where the user left it (A1 at the top when never visited); `keep` saves the current sheet's view first. */
  const switchTo = (name: string, keep = true): void => {
    if (keep) views = { ...views, [activeSheet()]: { selection: selection(), scrollTop: scroll().top, scrollLeft: scroll().left } };
    const v = viewOf(views, name);
    batch(() => {
      setActiveSheet(name);
      setSelection(v.selection);
      setScroll({ top: v.scrollTop, left: v.scrollLeft });
      setScrollTarget({ top: v.scrollTop, left: v.scrollLeft });
    });
  };

  /** Moves to a step of the undo history (or nowhere when there is none), keeping a sheet that still exists active. */
  const travel = (step: { history: History; doc: WorkbookFile } | null): void => {
    if (!step) return;
    history = step.history;
    setHistorySize({ undo: history.past.length, redo: history.future.length });
    apply(step.doc, { undoable: false });
    if (!step.doc.sheets.some((s) => s.name === activeSheet())) switchTo(step.doc.sheets[0].name, false);
  };

  const replaceCells = (d: WorkbookFile, sheet: string, f: (cells: WorkbookFile['sheets'][number]['cells']) => WorkbookFile['sheets'][number]['cells']): WorkbookFile => ({
    ...d,
    sheets: d.sheets.map((s) => (s.name === sheet ? { ...s, cells: f(s.cells) } : s)),
  });

  const actions = {
    /** Runs several actions as one undoable step (e.g. writing a gradient cell and charting it). */
    transaction(body: () => void): void {
      if (inTransaction) return body();
      history = record(history, doc());
      setHistorySize({ undo: history.past.length, redo: 0 });
      inTransaction = true;
      try {
        body();
      } finally {
        inTransaction = false;
      }
    },
    /**
     * Opens a workbook: it replaces the document (with the sheet and selection it was saved with), and undo starts afresh.
     * `hold`: its formulas show their inputs, not computed, until `recalculate`.
     */
    open(file: WorkbookFile, options: LoadOptions = {}): void {
      history = emptyHistory();
      setHistorySize({ undo: 0, redo: 0 });
      pending = [];
      const restored = restoreViews(file);
      views = restored.views;
      batch(() => {
        setDoc(file);
        switchTo(restored.activeSheet, false);
        setStopped([]);
      });
      client().load(file, [], options);
    },
    /** Computes the whole workbook again, with `stop` (cells that took the engine down) stopped. */
    recalculate(stop: string[]): void {
      pending = [];
      setStopped(stop);
      client().load(doc(), stop);
    },
    /** Sets cells' inputs (labels `Sheet1!A1`) as one undoable action. */
    setInputs(edits: [string, string][], opts: { undoable?: boolean } = {}): void {
      const { doc: next, changed } = applyInputs(doc(), edits);
      apply(next, opts, changed.length ? { kind: 'edits', edits: changed } : { kind: 'none' });
    },
    /** Sets cells' number format (null: General) as one undoable step; inputs do not change, so nothing recomputes. */
    setFormat(labels: string[], format: NumberFormat | null): void {
      const next = withFormats(doc(), labels, setNumberFormat(format));
      if (next !== doc()) apply(next);
    },
    /** Spills cells' tensors over the cells below and to the right, or stops, as one undoable step. */
    setSpill(labels: string[], on: boolean): void {
      const next = withFormats(doc(), labels, setSpill(on));
      if (next !== doc()) apply(next);
    },
    setSlider(label: string, slider: Slider | null): void {
      const { sheet, cell } = splitLabel(label);
      apply(replaceCells(doc(), sheet, (cells) => withSlider(cells, cell, slider)));
    },
    /** Sets a column's width (`B`) on a sheet, or the default with null, as one undoable step. */
    setColumnWidth(sheet: string, column: string, width: number | null): void {
      apply({ ...doc(), sheets: doc().sheets.map((s) => (s.name === sheet ? withColumnWidth(s, column, width) : s)) });
    },
    undo(): void {
      travel(undoStep(history, doc()));
    },
    redo(): void {
      travel(redoStep(history, doc()));
    },
    select(sel: Selection): void {
      setSelection(sel);
      hooks.edited?.();
    },
    /** Shows a sheet where the user left it. */
    showSheet(name: string): void {
      switchTo(name);
      hooks.edited?.();
    },
    /** The grid scrolled (saved with the sheet's view). */
    scrolled(top: number, left: number): void {
      const now = scroll();
      if (now.top === top && now.left === left) return;
      setScroll({ top, left });
      hooks.edited?.();
    },
    addSheet(): string {
      const name = uniqueSheetName(doc());
      views = withoutView(views, name);
      apply({ ...doc(), sheets: [...doc().sheets, { name, cells: {} }] });
      actions.showSheet(name);
      return name;
    },
    /** Renames a sheet; returns why not when the name is empty or taken. */
    renameSheet(from: string, to: string): string | null {
      const name = to.trim();
      if (name === '' || name.includes('!')) return 'a sheet name cannot be empty or contain "!"';
      if (name !== from && doc().sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return `a sheet named "${name}" exists`;
      const d = doc();
      // References to the old name in every formula, and names pointing into the sheet, follow it.
      const rewrite = (cells: WorkbookFile['sheets'][number]['cells']) => {
        let out = cells;
        for (const [key, entry] of Object.entries(cells)) {
          const input = cellInput(entry);
          const next = renameSheetInInput(input, from, name);
          if (next !== input) out = withInput(out, key, next);
        }
        return out;
      };
      apply({
        ...d,
        sheets: d.sheets.map((s) => ({ ...s, name: s.name === from ? name : s.name, cells: rewrite(s.cells) })),
        names: Object.fromEntries(Object.entries(d.names).map(([n, t]) => [n, renameSheetInInput(`=${t}`, from, name).slice(1)])),
        charts: d.charts.map((c) => (c.sheet === from ? { ...c, sheet: name } : c)),
      });
      views = renameView(views, from, name);
      if (activeSheet() === from) setActiveSheet(name);
      return null;
    },
    deleteSheet(name: string): void {
      const d = doc();
      if (d.sheets.length === 1) return;
      const i = d.sheets.findIndex((s) => s.name === name);
      apply({ ...d, sheets: d.sheets.filter((s) => s.name !== name), charts: d.charts.filter((c) => c.sheet !== name) });
      views = withoutView(views, name);
      if (activeSheet() === name) switchTo(doc().sheets[Math.max(0, i - 1)].name, false);
    },
    moveSheet(name: string, to: number): void {
      const d = doc();
      const sheets = d.sheets.filter((s) => s.name !== name);
      const moved = d.sheets.find((s) => s.name === name);
      if (!moved) return;
      sheets.splice(Math.max(0, Math.min(to, sheets.length)), 0, moved);
      apply({ ...d, sheets });
    },
    /** Names a cell or range (`Sheet1!A1`, `Sheet1!A1:B2`); returns why not when the name is unusable. */
    setName(name: string, target: string | null): string | null {
      if (!isAllowedName(name)) {
        return `"${name}" cannot be a name: use letters, digits and _, and do not make it look like a cell`;
      }
      // Built from entries, so a name such as `__proto__` is an own key like any other, never the prototype.
      const kept = Object.entries(doc().names).filter(([k]) => k.toLowerCase() !== name.toLowerCase());
      const names = Object.fromEntries(target === null ? kept : [...kept, [name, target]]);
      apply({ ...doc(), names });
      return null;
    },
    addChart(chart: ChartFile): void {
      apply({ ...doc(), charts: [...doc().charts, chart] });
    },
    updateChart(index: number, chart: ChartFile): void {
      apply({ ...doc(), charts: doc().charts.map((c, i) => (i === index ? chart : c)) });
    },
    removeChart(index: number): void {
      apply({ ...doc(), charts: doc().charts.filter((_, i) => i !== index) });
    },
    moveChart(index: number, to: number): void {
      const charts = [...doc().charts];
      const [c] = charts.splice(index, 1);
      charts.splice(Math.max(0, Math.min(to, charts.length)), 0, c);
      apply({ ...doc(), charts });
    },
    /** Inserts or deletes rows or columns: cells, references, names and charts follow, as one undo step. */
    restructure(change: Structural): void {
      apply(restructureWorkbook(doc(), change));
    },
    /** Cut and paste: the cells move, and every reference to them follows, as one undo step. */
    moveCells(sheet: string, from: Rect, toSheet: string, to: Address): void {
      apply(moveCells(doc(), sheet, from, toSheet, to));
    },
    /** A paste or a fill on `sheet` as one undo step; what it filled is selected when `select` is set. */
    paste(sheet: string, plan: PastePlan, opts: { select?: Rect } = {}): void {
      if (plan.kind === 'move') actions.moveCells(plan.sheet, plan.from, sheet, plan.to);
      else actions.setInputs(plan.cells.map((c) => [labelOf(sheet, c), c.input]));
      if (opts.select && sheet === activeSheet()) {
        setSelection({ anchor: { col: opts.select.left, row: opts.select.top }, focus: { col: opts.select.right, row: opts.select.bottom } });
        hooks.edited?.();
      }
    },
    /** Stops a runaway computation: the worker restarts and the cells being computed show #LOOP!. */
    cancel(): void {
      pending = [];
      setStopped(client().cancel(doc()));
    },
  };

  /** What the worker sends back. */
  const receive = {
    values(next: Record<string, CellView>, reset: boolean, ms: number, listed?: ReadonlySet<string>): void {
      batch(() => {
        for (const label in next) {
          // A new cell takes its view as it is; merging (reconcile) only pays where one is shown already.
          if (withValue.has(label)) setValues(label, reconcile(next[label]));
          else setValues(label, next[label]);
          withValue.add(label);
        }
        // The end of a load: a cell it did not list is empty.
        if (reset) {
          for (const label of withValue) {
            if (listed?.has(label) || label in next) continue;
            setValues(label, undefined!);
            withValue.delete(label);
          }
        }
        setLastMs(ms);
      });
    },
    pending(labels: string[]): void {
      setComputing(reconcile(Object.fromEntries(labels.map((label) => [label, true as const]))));
    },
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
  const file = (): WorkbookFile => {
    const current = { ...views, [activeSheet()]: { selection: selection(), scrollTop: scroll().top, scrollLeft: scroll().left } };
    return { ...doc(), ui: uiOfViews(activeSheet(), current, doc().sheets.map((s) => s.name)) };
  };
  const activeLabel = (): string => labelOf(activeSheet(), active());

  /** The filled cells of the shown sheet, for autocomplete: their reference and what they hold. */
  const cellHints = (): { ref: string; detail: string }[] => {
    const sheet = doc().sheets.find((s) => s.name === activeSheet());
    if (!sheet) return [];
    return Object.keys(sheet.cells).slice(0, 500).map((ref) => {
      const v = values[`${sheet.name}!${ref}`];
      const shape = v?.shape && v.shape.length > 0 ? ` ${v.shape.join('×')}` : '';
      return { ref, detail: v ? (v.kind === 'error' ? v.text : `${v.kind}${shape}`) : '' };
    });
  };

  return {
    doc, values, cellHints, activeSheet, selection, busy, bug, lastMs, stopped, historySize,
    /** Where the grid scrolls to when the sheet or the workbook changes. */
    scrollTarget,
    activeLabel,
    file,
    inputOf: (label: string): string => inputAt(doc(), label),
    isComputing: (label: string): boolean => computing[label] === true,
    numberFormatOf: (label: string): NumberFormat | null => numberFormatAt(doc(), label),
    spillsOf: (label: string): boolean => spillAt(doc(), label),
    spills, shown,
    actions, receive,
  };
}
