// The workbook list's summary: the first inputs in reading order and the counts, found in one pass.
import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from './format';
import { summariseWorkbook } from './summary';

const book = (cells: WorkbookFile['sheets'][number]['cells'], more: WorkbookFile['sheets'] = []): WorkbookFile => ({
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets: [{ name: 'S', cells }, ...more],
  names: {},
  charts: [],
});

describe('summariseWorkbook', () => {
  it('previews the first four inputs in reading order, whatever order the file lists them in', () => {
    const s = summariseWorkbook(
      book({ C9: 'last', B2: ' two\nlines ', AA1: 'wide', A10: 'ten', B1: { input: '=1', note: 'n' }, A2: '   ', A3: 'x'.repeat(50) }),
    );
    expect(s.preview).toEqual(['=1', 'wide', 'two lines', `${'x'.repeat(39)}…`]);
    expect(s).toMatchObject({ cellCount: 7, sheetCount: 1 });
  });

  it('counts the cells with an input on every sheet', () => {
    expect(summariseWorkbook(book({ A1: '1', B1: { input: '', note: 'kept' } }, [{ name: 'T', cells: { A1: '2' } }]))).toEqual({
      preview: ['1'],
      cellCount: 2,
      sheetCount: 2,
    });
  });
});
