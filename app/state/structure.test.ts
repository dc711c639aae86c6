import { describe, expect, it } from 'vitest';
import { Workbook } from '../../formula/book';
import type { WorkbookFile } from '../../storage/format';
import { moveCells, restructureWorkbook } from './structure';

const slider = { min: 0, max: 10, step: 1 };

function book(): WorkbookFile {
  return {
    format: 'gradsheet',
    version: 1,
    seed: 0,
    sheets: [
      { name: 'Sheet1', cells: { A1: '1', A2: { input: '2', slider, note: 'n' }, A3: '=A1+A2', B1: '=sum(A1:A3)', C9: 'text' } },
      { name: 'Sheet2', cells: { A1: '=Sheet1!A2 * 10', A2: '=A1' } },
    ],
    names: { x: 'Sheet1!A2', r: 'Sheet1!A1:A3' },
    charts: [
      { sheet: 'Sheet1', x: 'A2', y: ['A3', 'B1'], title: 't' },
      { sheet: 'Sheet1', x: 'A1', y: ['A2', 'A3'] },
    ],
  };
}

describe('restructureWorkbook', () => {
  it('moves cells below an inserted row, with their extras, and every reference follows', () => {
    const out = restructureWorkbook(book(), { sheet: 'Sheet1', axis: 'row', kind: 'insert', at: 1, count: 1 });
    expect(out.sheets[0].cells).toEqual({ A1: '1', A3: { input: '2', slider, note: 'n' }, A4: '=A1+A3', B1: '=sum(A1:A4)', C10: 'text' });
    expect(out.sheets[1].cells).toEqual({ A1: '=Sheet1!A3 * 10', A2: '=A1' });
    expect(out.names).toEqual({ x: 'Sheet1!A3', r: 'Sheet1!A1:A4' });
    expect(out.charts).toEqual([
      { sheet: 'Sheet1', x: 'A3', y: ['A4', 'B1'], title: 't' },
      { sheet: 'Sheet1', x: 'A1', y: ['A3', 'A4'] },
    ]);
  });

  it('makes references to a deleted row #REF!, keeps names as #REF!, drops deleted series and charts', () => {
    const out = restructureWorkbook(book(), { sheet: 'Sheet1', axis: 'row', kind: 'delete', at: 1, count: 1 });
    expect(out.sheets[0].cells).toEqual({ A1: '1', A2: '=A1+#REF!', B1: '=sum(A1:A2)', C8: 'text' });
    expect(out.sheets[1].cells).toEqual({ A1: '=#REF! * 10', A2: '=A1' });
    expect(out.names).toEqual({ x: '#REF!', r: 'Sheet1!A1:A2' });
    expect(out.charts).toEqual([{ sheet: 'Sheet1', x: 'A1', y: ['A2'] }]);
  });

  it('moves columns, and only the cells of the changed sheet', () => {
    const out = restructureWorkbook(book(), { sheet: 'Sheet2', axis: 'col', kind: 'insert', at: 0, count: 2 });
    expect(out.sheets[0].cells).toEqual(book().sheets[0].cells);
    expect(out.sheets[1].cells).toEqual({ C1: '=Sheet1!A2 * 10', C2: '=C1' });
  });

  it('leaves the workbook alone for a sheet it does not have', () => {
    const doc = book();
    expect(restructureWorkbook(doc, { sheet: 'Nope', axis: 'row', kind: 'delete', at: 0, count: 1 })).toBe(doc);
  });

  it('gives a workbook the engine reads, where a name at a deleted cell is #REF!', () => {
    const out = restructureWorkbook(book(), { sheet: 'Sheet1', axis: 'row', kind: 'delete', at: 1, count: 1 });
    const engine = Workbook.fromJSON({
      ...out,
      sheets: [{ ...out.sheets[0], cells: { ...out.sheets[0].cells, D1: '=x', D2: '=C8' } }, out.sheets[1]],
    });
    expect(engine.get('Sheet1!D1')).toMatchObject({ kind: 'error', code: '#REF!', message: 'the name "x" points at a deleted cell' });
    expect(engine.get('Sheet1!D2')).toMatchObject({ kind: 'text', value: 'text' });
    expect(engine.get('Sheet1!A2')).toMatchObject({ kind: 'error', code: '#REF!', message: 'the reference was deleted' });
  });
});

describe('moveCells (cut and paste)', () => {
  const block = { top: 0, left: 0, bottom: 2, right: 0 };

  it('moves the block over what was there, and references to it follow', () => {
    const doc = book();
    doc.sheets[0].cells.B5 = 'covered';
    doc.sheets[0].cells.D1 = '=B5';
    const out = moveCells(doc, 'Sheet1', block, 'Sheet1', { col: 1, row: 4 });
    expect(out.sheets[0].cells).toEqual({
      B5: '1',
      B6: { input: '2', slider, note: 'n' },
      B7: '=B5+B6',
      B1: '=sum(B5:B7)',
      C9: 'text',
      D1: '=#REF!',
    });
    expect(out.sheets[1].cells).toEqual({ A1: '=Sheet1!B6 * 10', A2: '=A1' });
    expect(out.names).toEqual({ x: 'Sheet1!B6', r: 'Sheet1!B5:B7' });
    expect(out.charts[0]).toEqual({ sheet: 'Sheet1', x: 'B6', y: ['B7', 'B1'], title: 't' });
  });

  it('moves to another sheet: moved formulas keep naming the cells they read on the sheet they left', () => {
    const doc = book();
    doc.sheets[0].cells.A3 = '=A1+A2+C9';
    const out = moveCells(doc, 'Sheet1', block, 'Sheet2', { col: 3, row: 0 });
    expect(out.sheets[0].cells).toEqual({ B1: '=sum(Sheet2!D1:D3)', C9: 'text' });
    expect(out.sheets[1].cells).toEqual({
      A1: '=D2 * 10',
      A2: '=A1',
      D1: '1',
      D2: { input: '2', slider, note: 'n' },
      D3: '=D1+D2+Sheet1!C9',
    });
    expect(out.names).toEqual({ x: 'Sheet2!D2', r: 'Sheet2!D1:D3' });
  });

  it('moves a block onto itself shifted by one, keeping every cell', () => {
    const out = moveCells(book(), 'Sheet1', block, 'Sheet1', { col: 0, row: 1 });
    expect(out.sheets[0].cells).toEqual({ A2: '1', A3: { input: '2', slider, note: 'n' }, A4: '=A2+A3', B1: '=sum(A2:A4)', C9: 'text' });
  });
});
