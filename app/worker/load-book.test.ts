import { describe, expect, it } from 'vitest';
import type { ProgressListener } from '../../formula/book';
import { emptyWorkbook } from '../state/document';
import type { WorkbookFile } from '../../storage/format';
import { formulaLabels, openWorkbook, withoutOutsideKeys } from './load-book';

const file = (cells: Record<string, string>): WorkbookFile => ({ ...emptyWorkbook(), sheets: [{ name: 'Sheet1', cells }] });

/** A listener that remembers the cell announced last, and throws when it hears one of `throwing` (as a cell whose computation throws). */
function listening(throwing: string[] = []) {
  let last: string | null = null;
  const listener: ProgressListener = (p) => {
    last = p.cell;
    if (throwing.includes(p.cell)) throw new RangeError('Maximum call stack size exceeded');
  };
  return { listener, running: () => last };
}

describe('openWorkbook', () => {
  it('opens a file as it is', () => {
    const { listener, running } = listening();
    const opened = openWorkbook(file({ A1: '=1 + 1', A2: '=A1 * 3' }), [], false, listener, running);
    expect(opened.book.get('A2')).toMatchObject({ value: 6 });
    expect(opened.warnings).toEqual([]);
  });

  it('leaves out a key outside the grid, names it, and computes the rest', () => {
    const { listener, running } = listening();
    const opened = openWorkbook(file({ A1: '=1 + 1', A2: '=A1 * 3', ZZZ9999999: '=5', XFE1: '1' }), [], false, listener, running);
    expect(opened.book.get('A2')).toMatchObject({ value: 6 });
    expect(opened.warnings).toEqual([
      'Sheet1!ZZZ9999999, Sheet1!XFE1 are outside the grid (columns A to XFD, rows 1 to 1,048,576): left out of this workbook.',
    ]);
  });

  it('stops a cell whose computation throws, and computes the others', () => {
    const { listener, running } = listening(['Sheet1!B1', 'Sheet1!B2']);
    const opened = openWorkbook(file({ A1: '=2 * 3', B1: '=1', B2: '=2', C1: '=A1 + 1' }), [], false, listener, running);
    expect([...opened.failed.keys()].sort()).toEqual(['Sheet1!B1', 'Sheet1!B2']);
    expect(opened.failed.get('Sheet1!B1')).toBe('Maximum call stack size exceeded');
    expect(opened.book.get('C1')).toMatchObject({ value: 7 });
  });

  it('holds every formula when the workbook keeps failing with no cell to blame', () => {
    const opened = openWorkbook(
      file({ A1: '=2 * 3', A2: '5' }),
      [],
      false,
      () => {
        throw new Error('broken');
      },
      () => null,
    );
    expect([...opened.held]).toEqual(['Sheet1!A1']);
    expect(opened.warnings[0]).toMatch(/could not compute this workbook \(broken\)/);
    expect(opened.book.get('A2')).toMatchObject({ value: 5 });
  });

  it('holds: no formula runs, constants are values, an edit computes its cell', () => {
    const heard: string[] = [];
    const opened = openWorkbook(
      file({ A1: '=2 * 3', A2: '5', B1: '=while(1, y => true, y => y)', ZZZ1: '=1' }),
      [],
      true,
      (p) => heard.push(p.cell),
      () => null,
    );
    expect([...opened.held].sort()).toEqual(['Sheet1!A1', 'Sheet1!B1']);
    expect(heard).toEqual([]);
    expect(opened.book.get('A2')).toMatchObject({ value: 5 });
    expect(opened.warnings).toHaveLength(1);
    opened.book.set('C1', '=A2 + 1');
    expect(opened.book.get('C1')).toMatchObject({ value: 6 });
  });
});

describe('file helpers', () => {
  it('lists formula cells and keys outside the grid', () => {
    const f = file({ A1: '=1', A2: '2', A0: '3', B1: '=2' });
    expect(formulaLabels(f)).toEqual(['Sheet1!A1', 'Sheet1!B1']);
    const cleaned = withoutOutsideKeys(f);
    expect(cleaned.outside).toEqual(['Sheet1!A0']);
    expect(Object.keys(cleaned.file.sheets[0].cells)).toEqual(['A1', 'A2', 'B1']);
    expect(withoutOutsideKeys(file({ A1: '1' })).outside).toEqual([]);
  });
});
