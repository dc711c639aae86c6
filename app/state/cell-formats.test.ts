import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { tensorOf } from '../../engine/tensor';
import type { WorkbookFile } from '../../storage/format';
import { cellView } from '../worker/cell-view';
import { idleClient } from '../worker/test-helpers';
import { withFormat } from './cell-formats';
import { createSheetStore } from './createSheetStore';
import { emptyWorkbook } from './document';

// Node resolves solid-js to its server build, where memos never update: use the browser builds here.
vi.mock('solid-js', () => import('solid-js/dist/solid.js' as string));
vi.mock('solid-js/store', () => import('solid-js/store/dist/store.js' as string));

function withStore(run: (store: ReturnType<typeof createSheetStore>, sent: string[]) => Promise<void>) {
  return createRoot(async (dispose) => {
    const sent: string[] = [];
    const client = idleClient({
      load: () => void sent.push('load'),
      edit: (edits) => void sent.push(`edit ${edits.map((e) => e.join('=')).join(' ')}`),
    });
    const store = createSheetStore(() => client);
    store.actions.open(emptyWorkbook());
    sent.length = 0;
    try {
      await run(store, sent);
    } finally {
      dispose();
    }
  });
}

const tick = () => new Promise((r) => setTimeout(r, 5));
const cells = (store: { doc(): WorkbookFile }) => store.doc().sheets[0].cells;
const matrix = (rows: number, cols: number) =>
  cellView(
    tensorOf(
      Float64Array.from({ length: rows * cols }, (_, i) => i / 4),
      [rows, cols],
    ),
  );

describe('number formats in the store', () => {
  it('sets a format on the selection as one undo step, and never asks the engine to recompute', () =>
    withStore(async (store, sent) => {
      store.actions.setInputs([
        ['Sheet1!A1', '0.25'],
        ['Sheet1!A2', '=A1'],
      ]);
      await tick();
      sent.length = 0;
      const undoBefore = store.historySize().undo;
      store.actions.setFormat(['Sheet1!A1', 'Sheet1!A2', 'Sheet1!B1'], { number: 'percent', decimals: 2 });
      expect(cells(store)).toEqual({
        A1: { input: '0.25', format: { number: 'percent', decimals: 2 } },
        A2: { input: '=A1', format: { number: 'percent', decimals: 2 } },
        B1: { input: '', format: { number: 'percent', decimals: 2 } },
      });
      expect(store.historySize().undo).toBe(undoBefore + 1);
      store.actions.undo();
      expect(cells(store)).toEqual({ A1: '0.25', A2: '=A1' });
      store.actions.redo();
      await tick();
      expect(sent).toEqual([]);
    }));

  it('writes what a cell shows in its format, tensors element by element', () =>
    withStore(async (store) => {
      store.actions.setInputs([
        ['Sheet1!A1', '0.25'],
        ['Sheet1!A2', '=[0.5, 1]'],
      ]);
      store.receive.values(
        { 'Sheet1!A1': cellView(tensorOf(Float64Array.of(0.25), [])), 'Sheet1!A2': cellView(tensorOf(Float64Array.of(0.5, 1), [2])) },
        false,
        0,
      );
      expect(store.shown('Sheet1!A1')).toBe('0.25');
      store.actions.setFormat(['Sheet1!A1', 'Sheet1!A2'], { number: 'percent', decimals: 1 });
      expect(store.shown('Sheet1!A1')).toBe('25.0%');
      expect(store.shown('Sheet1!A2')).toBe('[50.0%, 100.0%]');
      expect(store.numberFormatOf('Sheet1!A2')).toEqual({ number: 'percent', decimals: 1 });
      store.actions.setFormat(['Sheet1!A1', 'Sheet1!A2'], null);
      expect(store.shown('Sheet1!A2')).toBe('[0.5, 1]');
      expect(cells(store)).toEqual({ A1: '0.25', A2: '=[0.5, 1]' });
    }));

  it('keeps a spill flag, a slider and the input when the number format changes', () => {
    let c = withFormat({ A1: { input: '0.5', slider: { min: 0, max: 1, step: 0.1 } } }, 'A1', (f) => void (f.spill = true));
    c = withFormat(c, 'A1', (f) => void Object.assign(f, { number: 'fixed', decimals: 1 }));
    expect(c).toEqual({
      A1: { input: '0.5', slider: { min: 0, max: 1, step: 0.1 }, format: { spill: true, number: 'fixed', decimals: 1 } },
    });
    expect(withFormat({}, 'B2', () => undefined)).toEqual({});
  });
});

describe('spills in the store', () => {
  it('shows a spilled tensor element by element in the cells below and to the right', () =>
    withStore(async (store, sent) => {
      store.actions.setInputs([['Sheet1!B2', '=reshape(arange(15), 5, 3) / 4']]);
      store.receive.values({ 'Sheet1!B2': matrix(5, 3) }, false, 0);
      await tick();
      sent.length = 0;
      store.actions.setSpill(['Sheet1!B2'], true);
      expect(store.spillsOf('Sheet1!B2')).toBe(true);
      expect(store.spills.areas().map((a) => [a.label, a.rows, a.cols, a.blocked])).toEqual([['Sheet1!B2', 5, 3, null]]);
      expect(['B2', 'C2', 'D2', 'B3', 'D6', 'E6', 'B7'].map((c) => store.shown(`Sheet1!${c}`))).toEqual([
        '0',
        '0.25',
        '0.5',
        '0.75',
        '3.5',
        '',
        '',
      ]);
      store.actions.setFormat(['Sheet1!B2'], { number: 'fixed', decimals: 2 });
      expect(store.shown('Sheet1!D6')).toBe('3.50');
      await tick();
      expect(sent).toEqual([]);
    }));

  it('shows the tensor unspilled with a note when a cell in the way is filled, as typing into the spill does', () =>
    withStore(async (store) => {
      store.actions.setInputs([['Sheet1!A1', '=x']]);
      store.receive.values({ 'Sheet1!A1': matrix(5, 3) }, false, 0);
      store.actions.setSpill(['Sheet1!A1'], true);
      store.actions.setInputs([
        ['Sheet1!C4', 'note'],
        ['Sheet1!B3', '7'],
      ]);
      expect(store.spills.note('Sheet1!A1')).toBe('cannot spill: B3 is not empty');
      expect(store.shown('Sheet1!A1')).toBe('[[0, 0.25, 0.5], [0.75, 1, 1.25]…]');
      expect(store.spills.at({ col: 1, row: 1 })).toBeNull();
    }));

  it('says why a tensor of rank 3 cannot spill', () =>
    withStore(async (store) => {
      store.actions.setInputs([['Sheet1!A1', '=x']]);
      store.receive.values({ 'Sheet1!A1': cellView(tensorOf(new Float64Array(8), [2, 2, 2])) }, false, 0);
      store.actions.setSpill(['Sheet1!A1'], true);
      expect(store.spills.note('Sheet1!A1')).toBe('cannot spill: a 3-D tensor has no rows × columns layout (only 1-D and 2-D spill)');
      expect(store.spills.areas()).toEqual([]);
    }));
});
