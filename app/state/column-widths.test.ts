import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { WorkerClient } from '../worker/client';
import { clampWidth, withColumnWidth } from './column-widths';
import { createSheetStore } from './createSheetStore';
import { emptyWorkbook } from './document';

describe('column widths', () => {
  it('are whole pixels between 24 and 1000', () => {
    expect([-5, 23.6, 80.4, 5000].map(clampWidth)).toEqual([24, 24, 80, 1000]);
  });

  it('are set on a sheet and removed again, leaving no empty map', () => {
    const sheet = { name: 'S', cells: { A1: '1' } };
    const wide = withColumnWidth(sheet, 'B', 200);
    expect(wide).toEqual({ name: 'S', cells: { A1: '1' }, colWidths: { B: 200 } });
    expect(withColumnWidth(withColumnWidth(wide, 'C', 10), 'B', null)).toEqual({ name: 'S', cells: { A1: '1' }, colWidths: { C: 24 } });
    expect(withColumnWidth(wide, 'B', null)).toEqual(sheet);
    expect(sheet).toEqual({ name: 'S', cells: { A1: '1' } });
  });

  it('change in one undoable step that never troubles the worker', () =>
    createRoot(async (dispose) => {
      const sent: string[] = [];
      const client = { load: () => void sent.push('load'), edit: () => void sent.push('edit') } as unknown as WorkerClient;
      const store = createSheetStore(() => client);
      store.actions.open(emptyWorkbook());
      store.actions.setColumnWidth('Sheet1', 'B', 180);
      expect(store.doc().sheets[0].colWidths).toEqual({ B: 180 });
      store.actions.undo();
      expect(store.doc().sheets[0].colWidths).toBeUndefined();
      store.actions.redo();
      expect(store.doc().sheets[0].colWidths).toEqual({ B: 180 });
      await new Promise((r) => setTimeout(r, 5));
      expect(sent).toEqual(['load']);
      dispose();
    }));
});
