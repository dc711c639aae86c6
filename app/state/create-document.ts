// Owns the document slice of the store: the workbook document (the source of truth for inputs), its undo
// history, and the one path every change takes: made as a step (book-change.ts), applied, recorded for
// undo, told to the listeners (autosave and the journal) and to the engine worker. Nothing is diffed
// except by actions that build a whole new document.

import { createSignal } from 'solid-js';
import type { BookChange } from '../../storage/journal';
import type { WorkbookFile } from '../../storage/format';
import type { LoadOptions, WorkerClient } from '../worker/client';
import { type EngineChange, type Step, adoptNew, applyInPlace, docStep, engineChange, inputsStep } from './book-change';
import { emptyWorkbook } from './document';
import { type History, emptyHistory, extend, record, redo as redoStep, undo as undoStep } from './history';

export interface DocumentHooks {
  /** The document changed by `change` (a user's action, undo or redo; opening a workbook does not call it). */
  changed?(change: BookChange): void;
}

// size: the document, its history and the engine queue are one piece of state: every change passes all three.
export function createDocument(client: () => WorkerClient, hooks: DocumentHooks = {}) {
  const [doc, setDoc] = createSignal<WorkbookFile>(emptyWorkbook());
  let history: History = emptyHistory();
  const [historySize, setHistorySize] = createSignal({ undo: 0, redo: 0 });
  const sized = (): void => void setHistorySize({ undo: history.past.length, redo: history.future.length });

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
  const tellEngine = (change: EngineChange): void => {
    if (change.kind === 'reload') {
      pending = [];
      client().load(doc());
      return;
    }
    if (change.kind === 'none') return;
    // Not push(...edits): a million arguments overflow the stack.
    pending = pending.length === 0 ? change.edits : pending.concat(change.edits);
    if (!flushScheduled) {
      flushScheduled = true;
      queueMicrotask(flush);
    }
  };

  /** Set while a transaction runs: its steps join the one undo entry it began. */
  let inTransaction = false;

  /** Applies `change` (or adopts `after`, the document an action built with it) and tells everyone. */
  const apply = (change: BookChange, after?: WorkbookFile): void => {
    const before = doc();
    const engine = engineChange(before, change);
    if (after) adoptNew(before, after);
    setDoc(after ?? applyInPlace(before, change));
    hooks.changed?.(change);
    tellEngine(engine);
  };

  const commit = (step: Step, undoable: boolean, after?: WorkbookFile): void => {
    if (inTransaction) history = extend(history, step);
    else if (undoable) history = record(history, [step]);
    sized();
    apply(step.forward, after);
  };

  return {
    doc,
    historySize,
    /** Moves the document to `next`, a new document an action built (sheets, names, charts, structure). */
    replace(next: WorkbookFile): void {
      if (next !== doc()) commit(docStep(doc(), next), true, next);
    },
    /** Sets cells' inputs (labels `Sheet1!A1`) as one step; `undoable` false for a slider's drag moves. */
    setInputs(edits: readonly (readonly [string, string])[], undoable = true): void {
      const made = inputsStep(doc(), edits);
      if (made) commit(made.step, undoable);
    },
    /** Runs several actions as one undoable step (e.g. writing a gradient cell and charting it). */
    transaction(body: () => void): void {
      if (inTransaction) return body();
      history = record(history, []);
      sized();
      inTransaction = true;
      try {
        body();
      } finally {
        inTransaction = false;
      }
    },
    undo(): boolean {
      const step = undoStep(history);
      if (!step) return false;
      history = step.history;
      sized();
      for (const change of step.changes) apply(change);
      return true;
    },
    redo(): boolean {
      const step = redoStep(history);
      if (!step) return false;
      history = step.history;
      sized();
      for (const change of step.changes) apply(change);
      return true;
    },
    /** Opens a workbook (its cells handed over when `adopted`): undo starts afresh and the engine loads it. */
    open(file: WorkbookFile, options: LoadOptions = {}): void {
      history = emptyHistory();
      sized();
      pending = [];
      setDoc(file);
      client().load(file, [], options);
    },
    /** Computes the whole workbook again, with `stop` (cells that took the engine down) stopped. */
    recalculate(stop: string[]): void {
      pending = [];
      client().load(doc(), stop);
    },
    /** Stops a runaway computation: the worker restarts; returns the cells stopped. */
    cancel(): string[] {
      pending = [];
      return client().cancel(doc());
    },
  };
}
