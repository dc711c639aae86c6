// A batch of edits applies in one pass: a 20,000-cell paste into a 20,000-cell sheet is one copy of it.
import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { cellName } from '../../formula/address';
import type { WorkbookFile } from '../../storage/format';
import type { WorkerClient } from '../worker/client';
import { applyInputs } from './bulk-edit';
import { createSheetStore } from './createSheetStore';
import { emptyWorkbook } from './document';

const book = (): WorkbookFile => ({ ...emptyWorkbook(), sheets: [{ name: 'Sheet1', cells: { A1: '1', B1: { input: '2', note: 'n' } } }, { name: 'Other', cells: { A1: 'x' } }] });

describe('applyInputs', () => {
  it('applies every edit, keeps extras, and reports only the inputs that changed', () => {
    const before = book();
    const { doc, changed } = applyInputs(before, [['Sheet1!A1', '1'], ['Sheet1!B1', '3'], ['Sheet1!C1', 'x'], ['Sheet1!C1', 'y'], ['Sheet1!A2', ''], ['Nowhere!A1', '5']]);
    expect(doc.sheets[0].cells).toEqual({ A1: '1', B1: { input: '3', note: 'n' }, C1: 'y' });
    expect(changed).toEqual([['Sheet1!B1', '3'], ['Sheet1!C1', 'y']]);
    // The sheet no edit touched is the same object, and the document before is untouched.
    expect(doc.sheets[1]).toBe(before.sheets[1]);
    expect(before.sheets[0].cells).toEqual({ A1: '1', B1: { input: '2', note: 'n' } });
  });

  it('clears cells and gives back the same document when nothing changes', () => {
    const before = book();
    expect(applyInputs(before, [['Sheet1!A1', '']]).doc.sheets[0].cells).toEqual({ B1: { input: '2', note: 'n' } });
    expect(applyInputs(before, [['Sheet1!A1', '1']]).doc).toBe(before);
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
      expect([store.inputOf('Sheet1!A201'), store.inputOf('Sheet1!CV400'), store.historySize()]).toEqual(['=0', '=19999', { undo: 1, redo: 0 }]);
      store.actions.undo();
      expect([store.inputOf('Sheet1!A201'), store.inputOf('Sheet1!A1'), store.historySize()]).toEqual(['', '0', { undo: 0, redo: 1 }]);
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
