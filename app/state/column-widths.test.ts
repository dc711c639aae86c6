import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../../storage/format';
import type { WorkerClient } from '../worker/client';
import { clampWidth, shiftColumnWidths, withColumnWidth } from './column-widths';
import { createSheetStore } from './createSheetStore';
import { emptyWorkbook } from './document';
import { restructureWorkbook } from './structure';

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

describe('column widths and structure', () => {
  const widths = { A: 50, C: 300, D: 80 };
  const cols = (kind: 'insert' | 'delete', at: number, count: number) =>
    shiftColumnWidths(widths, { sheet: 'S', axis: 'col', kind, at, count });

  it('move right past inserted columns, which start at the default', () => {
    expect(cols('insert', 2, 2)).toEqual({ A: 50, E: 300, F: 80 });
    expect(cols('insert', 0, 1)).toEqual({ B: 50, D: 300, E: 80 });
  });

  it('go with deleted columns and move left past them', () => {
    expect(cols('delete', 1, 2)).toEqual({ A: 50, B: 80 });
    expect(cols('delete', 0, 4)).toBeUndefined();
  });

  it('stay put for rows', () => {
    expect(shiftColumnWidths(widths, { sheet: 'S', axis: 'row', kind: 'delete', at: 0, count: 5 })).toBe(widths);
  });

  it('follow in restructureWorkbook on their sheet only', () => {
    const doc: WorkbookFile = {
      ...emptyWorkbook(),
      sheets: [
        { name: 'Sheet1', cells: { C1: '1' }, colWidths: { C: 200 } },
        { name: 'Sheet2', cells: {}, colWidths: { C: 90 } },
      ],
    };
    const out = restructureWorkbook(doc, { sheet: 'Sheet1', axis: 'col', kind: 'insert', at: 0, count: 1 });
    expect(out.sheets[0]).toEqual({ name: 'Sheet1', cells: { D1: '1' }, colWidths: { D: 200 } });
    expect(out.sheets[1].colWidths).toEqual({ C: 90 });
    expect(restructureWorkbook(out, { sheet: 'Sheet1', axis: 'col', kind: 'delete', at: 3, count: 1 }).sheets[0]).toEqual({
      name: 'Sheet1',
      cells: {},
    });
  });
});
