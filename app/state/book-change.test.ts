// Edits are changes made from the edit and applied in place: a 20,000-cell paste into a 20,000-cell sheet
// copies nothing, and one undo applies the inverse change.
import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { cellName } from '../../formula/address';
import type { WorkbookFile } from '../../storage/format';
import type { WorkerClient } from '../worker/client';
import { adopt, applyInPlace, docStep, engineChange, inputsStep } from './book-change';
import { createSheetStore } from './createSheetStore';
import { emptyWorkbook } from './document';

const book = (): WorkbookFile => ({
  ...emptyWorkbook(),
  sheets: [
    { name: 'Sheet1', cells: { A1: '1', B1: { input: '2', note: 'n' } } },
    { name: 'Other', cells: { A1: 'x' } },
  ],
});

describe('inputsStep', () => {
  it('makes the change of every edit, keeps extras, and reports only the inputs that changed', () => {
    const before = book();
    const made = inputsStep(before, [
      ['Sheet1!A1', '1'],
      ['Sheet1!B1', '3'],
      ['Sheet1!C1', 'x'],
      ['Sheet1!C1', 'y'],
      ['Sheet1!A2', ''],
      ['Nowhere!A1', '5'],
    ]);
    expect(made?.changed).toEqual([
      ['Sheet1!B1', '3'],
      ['Sheet1!C1', 'y'],
    ]);
    expect(made?.step).toEqual({
      forward: {
        cells: [
          ['Sheet1', 'B1', { input: '3', note: 'n' }],
          ['Sheet1', 'C1', 'y'],
        ],
      },
      backward: {
        cells: [
          ['Sheet1', 'B1', { input: '2', note: 'n' }],
          ['Sheet1', 'C1', null],
        ],
      },
    });
    // Nothing is written until the step applies.
    expect(before.sheets[0].cells).toEqual({ A1: '1', B1: { input: '2', note: 'n' } });
  });

  it('clears cells, and makes no step when nothing changes', () => {
    expect(inputsStep(book(), [['Sheet1!A1', '']])?.step.forward).toEqual({ cells: [['Sheet1', 'A1', null]] });
    expect(inputsStep(book(), [['Sheet1!A1', '1']])).toBeNull();
  });
});

describe('applyInPlace', () => {
  it('writes into the cells it owns, copies those it does not once, and leaves other sheets as they were', () => {
    const shared = book();
    const made = inputsStep(shared, [['Sheet1!A1', '5']])!;
    const once = applyInPlace(shared, made.step.forward);
    // An example's document (not adopted) is copied, not written.
    expect(shared.sheets[0].cells.A1).toBe('1');
    expect(once.sheets[0].cells).toEqual({ A1: '5', B1: { input: '2', note: 'n' } });
    expect(once.sheets[1]).toBe(shared.sheets[1]);
    const twice = applyInPlace(once, inputsStep(once, [['Sheet1!A1', '6']])!.step.forward);
    expect(twice.sheets[0].cells).toBe(once.sheets[0].cells);
    expect(twice).not.toBe(once);

    const mine = book();
    adopt(mine);
    const cells = mine.sheets[0].cells;
    const next = applyInPlace(mine, made.step.forward);
    expect(next.sheets[0].cells).toBe(cells);
    expect(applyInPlace(next, made.step.backward).sheets[0].cells).toEqual({ A1: '1', B1: { input: '2', note: 'n' } });
  });

  it('takes a document back with the inverse of a step made by diffing (sheets renamed and moved, names, charts)', () => {
    const before = book();
    const after: WorkbookFile = {
      ...before,
      sheets: [
        { name: 'Renamed', cells: before.sheets[1].cells },
        { ...before.sheets[0], cells: { A1: '2' } },
      ],
      names: { x: 'Sheet1!A1' },
      charts: [{ sheet: 'Renamed', x: 'A1', y: ['A1'] }],
    };
    const step = docStep(before, after);
    expect(applyInPlace(before, step.forward)).toMatchObject({ sheets: after.sheets, names: after.names, charts: after.charts });
    expect(applyInPlace(after, step.backward)).toMatchObject({ sheets: before.sheets, names: before.names, charts: before.charts });
  });
});

describe('engineChange', () => {
  it('tells the engine the inputs a change makes, or to reload when sheets, names or the seed change', () => {
    const doc = book();
    expect(
      engineChange(doc, {
        cells: [
          ['Sheet1', 'A1', '1'],
          ['Sheet1', 'B1', { input: '2', note: 'm' }],
          ['Other', 'A1', null],
        ],
      }),
    ).toEqual({ kind: 'edits', edits: [['Other!A1', '']] });
    expect(engineChange(doc, { cells: [['Sheet1', 'A1', '1']] })).toEqual({ kind: 'none' });
    expect(
      engineChange(doc, {
        sheets: [
          { name: 'Sheet1', from: 'Sheet1', colWidths: { A: 90 } },
          { name: 'Other', from: 'Other' },
        ],
      }),
    ).toEqual({ kind: 'none' });
    expect(
      engineChange(doc, {
        sheets: [
          { name: 'Other', from: 'Other' },
          { name: 'Sheet1', from: 'Sheet1' },
        ],
      }),
    ).toEqual({ kind: 'reload' });
    expect(engineChange(doc, { names: { x: 'Sheet1!A1' } })).toEqual({ kind: 'reload' });
    expect(engineChange(doc, { seed: 1 })).toEqual({ kind: 'reload' });
  });
});

describe('a big paste through the store', () => {
  it('sets 20,000 cells of a 20,000-cell sheet as one step in well under a second, and one undo takes it back', () =>
    createRoot(async (dispose) => {
      const sent: [string, string][][] = [];
      const client = { load: () => undefined, edit: (e: [string, string][]) => void sent.push(e) } as unknown as WorkerClient;
      const store = createSheetStore(() => client);
      const cells: Record<string, string> = {};
      for (let i = 0; i < 20_000; i++) cells[cellName(i % 100, Math.floor(i / 100))] = String(i);
      store.actions.open({ ...emptyWorkbook(), sheets: [{ name: 'Sheet1', cells }] });
      const edits: [string, string][] = [];
      for (let i = 0; i < 20_000; i++) edits.push([`Sheet1!${cellName(i % 100, 200 + Math.floor(i / 100))}`, `=${i}`]);
      const started = performance.now();
      store.actions.setInputs(edits);
      // Each edit copied the sheet before (20,000 copies of up to 40,000 cells: minutes).
      expect(performance.now() - started).toBeLessThan(1000);
      await new Promise((r) => setTimeout(r, 5));
      expect(sent).toEqual([edits]);
      expect([store.inputOf('Sheet1!A201'), store.inputOf('Sheet1!CV400'), store.historySize()]).toEqual([
        '=0',
        '=19999',
        { undo: 1, redo: 0 },
      ]);
      store.actions.undo();
      expect([store.inputOf('Sheet1!A201'), store.inputOf('Sheet1!A1'), store.historySize()]).toEqual(['', '0', { undo: 0, redo: 1 }]);
      dispose();
    }));
});

describe('one edit of a big sheet through the store', () => {
  it('writes the cell in place (no copy of 300,000 cells), and one undo writes it back', () =>
    createRoot((dispose) => {
      const sent: [string, string][][] = [];
      const client = { load: () => undefined, edit: (e: [string, string][]) => void sent.push(e) } as unknown as WorkerClient;
      const changes: unknown[] = [];
      const store = createSheetStore(() => client, { edited: (change) => void changes.push(change) });
      const cells: Record<string, string> = {};
      for (let i = 0; i < 300_000; i++) cells[cellName(i % 100, Math.floor(i / 100))] = '=1';
      store.actions.open({ ...emptyWorkbook(), sheets: [{ name: 'Sheet1', cells }] }, { adopted: true });
      const started = performance.now();
      store.actions.setInputs([['Sheet1!B5', '42']]);
      // A copy of the sheet per edit took 300 ms and more here.
      expect(performance.now() - started).toBeLessThan(30);
      expect(store.doc().sheets[0].cells).toBe(cells);
      expect([cells.B5, store.inputOf('Sheet1!B5')]).toEqual(['42', '42']);
      expect(changes).toEqual([{ cells: [['Sheet1', 'B5', '42']] }]);
      store.actions.undo();
      expect([store.inputOf('Sheet1!B5'), store.historySize()]).toEqual(['=1', { undo: 0, redo: 1 }]);
      expect(changes.at(-1)).toEqual({ cells: [['Sheet1', 'B5', '=1']] });
      dispose();
    }));
});

describe('values from the worker in parts', () => {
  it('shows each part as it comes; the end of a load empties only the cells it did not list', () =>
    createRoot((dispose) => {
      const store = createSheetStore(() => ({ load: () => undefined, edit: () => undefined }) as unknown as WorkerClient);
      const view = (text: string) => ({ kind: 'text' as const, text });
      store.receive.values({ 'Sheet1!A1': view('old'), 'Sheet1!Z9': view('stale') }, false, 1);
      store.receive.values({ 'Sheet1!A1': view('a') }, false, 1);
      expect([store.values['Sheet1!A1']?.text, store.values['Sheet1!Z9']?.text]).toEqual(['a', 'stale']);
      store.receive.values({ 'Sheet1!B1': view('b') }, true, 1, new Set(['Sheet1!A1', 'Sheet1!B1']));
      expect([store.values['Sheet1!A1']?.text, store.values['Sheet1!B1']?.text, store.values['Sheet1!Z9']]).toEqual(['a', 'b', undefined]);
      expect('Sheet1!Z9' in store.values).toBe(false);
      dispose();
    }));
});
