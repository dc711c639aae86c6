import { describe, expect, it } from 'vitest';
import { type RecalcProgress, Workbook } from './book';
import { readWorkbook } from '../storage/format';

/** A checked file from sheets of cells. */
function file(sheets: Record<string, Record<string, string>>) {
  const read = readWorkbook({
    format: 'gradsheet',
    version: 1,
    seed: 0,
    sheets: Object.entries(sheets).map(([name, cells]) => ({ name, cells })),
    names: {},
    charts: [],
  });
  if (!read.ok) throw new Error(read.message);
  return read.book;
}

const LOOP = '=repeat(3, 1, y => y * 2)';

/** Records each report, with what the workbook had computed by then. */
function recorder() {
  const reports: { cell: string; slow: boolean; pending: string[]; changed: string[] }[] = [];
  const listen = (p: RecalcProgress, book: Workbook) =>
    reports.push({ cell: p.cell, slow: p.slow, pending: p.pending(), changed: book.takeChanged().map(([label]) => label) });
  return { reports, listen };
}

describe('recalculation progress', () => {
  it('reports each formula cell before computing it, cells that loop last, wherever they are in the file', () => {
    const { reports, listen } = recorder();
    const book = Workbook.fromFile(
      file({ Sheet1: { A1: LOOP, A2: '=1 + 1', A3: '=A1 + 1' }, Other: { A1: '=2 * 3', B9: LOOP, C1: '5' } }),
      [],
      listen,
    );
    const order = reports.map((r) => r.cell);
    expect(new Set(order)).toEqual(new Set(['Sheet1!A1', 'Sheet1!A2', 'Sheet1!A3', 'Other!A1', 'Other!B9']));
    // The quick cells come first; the loops after; the cell reading a loop after that loop.
    expect(new Set(order.slice(0, 2))).toEqual(new Set(['Sheet1!A2', 'Other!A1']));
    expect(order.indexOf('Sheet1!A3')).toBeGreaterThan(order.indexOf('Sheet1!A1'));
    expect(
      reports
        .filter((r) => r.slow)
        .map((r) => r.cell)
        .sort(),
    ).toEqual(['Other!B9', 'Sheet1!A1']);
    expect(book.get('Sheet1!A3')).toMatchObject({ value: 9 });
  });

  it('lists the cells still to compute, and what changed so far is there to take', () => {
    const { reports, listen } = recorder();
    Workbook.fromFile(file({ Sheet1: { A1: '=1 + 1', B1: LOOP, C1: '=B1 * 10' } }), [], listen);
    const beforeLoop = reports.find((r) => r.cell === 'Sheet1!B1')!;
    expect(beforeLoop.pending).toEqual(['Sheet1!B1', 'Sheet1!C1']);
    // A1's value can be published before the loop starts.
    expect(reports.slice(0, reports.indexOf(beforeLoop) + 1).flatMap((r) => r.changed)).toContain('Sheet1!A1');
    expect(reports[reports.length - 1]).toMatchObject({ cell: 'Sheet1!C1', pending: ['Sheet1!C1'] });
  });

  it('lists only the first cells still to compute when asked for a few', () => {
    const firsts: string[][] = [];
    Workbook.fromFile(file({ Sheet1: { A1: '=1', A2: '=2', A3: '=3', A4: '=4' } }), [], (p) => void firsts.push(p.pending(2)));
    expect(firsts.map((f) => f.length)).toEqual([2, 2, 2, 1]);
    expect(firsts[0][0]).not.toBe(firsts[1][0]);
  });

  it('stops counting a loop as slow once it has run quickly, and again when its input changes', () => {
    const { reports, listen } = recorder();
    const book = new Workbook();
    book.onProgress = listen;
    book.set('A1', LOOP);
    book.set('A2', '=A1 + 1');
    reports.length = 0;
    book.set('B1', '2');
    book.set('A1', '=repeat(4, 1, y => y * 2)');
    expect(reports.map((r) => [r.cell, r.slow])).toEqual([
      ['Sheet1!A1', true],
      ['Sheet1!A2', false],
    ]);
    reports.length = 0;
    book.set('A2', '=A1 + B1 + 1');
    book.set('B1', '3');
    expect(reports.map((r) => [r.cell, r.slow])).toEqual([
      ['Sheet1!A2', false],
      ['Sheet1!A2', false],
    ]);
  });

  it('shows a cancelled cell as #LOOP! stopped by the user, and its dependents the same error', () => {
    const book = Workbook.fromFile(file({ Sheet1: { A1: LOOP, A2: '=A1 + 1', A3: '=5' } }), ['Sheet1!A1']);
    expect(book.get('Sheet1!A1')).toMatchObject({ code: '#LOOP!', message: expect.stringContaining('stopped by the user') });
    expect(book.get('Sheet1!A2')).toMatchObject({ code: '#LOOP!' });
    expect(book.get('Sheet1!A3')).toMatchObject({ value: 5 });
  });
});
