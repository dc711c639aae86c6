import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from './format';
import {
  type JournalRecord,
  applyChange,
  decodeRecord,
  diffBooks,
  encodeRecord,
  journalKey,
  redundantRecords,
  replayJournal,
} from './journal';

const book = (sheets: WorkbookFile['sheets'], over: Partial<WorkbookFile> = {}): WorkbookFile => ({
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets,
  names: {},
  charts: [],
  ...over,
});
const rec = (writer: string, seq: number, base: number, at: number, change: JournalRecord['change']): string =>
  encodeRecord({ writer, seq, base, at, change });

/** diffBooks then applyChange must give `after` back from `before`. */
function roundTrip(before: WorkbookFile, after: WorkbookFile) {
  const change = diffBooks(before, after);
  expect(change).not.toBeNull();
  expect(applyChange(before, change!)).toEqual(after);
  return change!;
}

describe('the change of one edit', () => {
  const base = book([
    { name: 'Sheet1', cells: { A1: '1', B2: '=A1 * 2' } },
    { name: 'Data', cells: { C3: 'x' } },
  ]);

  it('holds only the cells that changed', () => {
    const after = { ...base, sheets: [{ ...base.sheets[0], cells: { A1: '5', B2: '=A1 * 2', D4: 'new' } }, base.sheets[1]] };
    expect(roundTrip(base, after)).toEqual({
      cells: [
        ['Sheet1', 'A1', '5'],
        ['Sheet1', 'D4', 'new'],
      ],
    });
  });

  it('removes a cleared cell and keeps a slider on an edited one', () => {
    const slider = { input: '0.5', slider: { min: 0, max: 1, step: 0.1 } };
    const after = { ...base, sheets: [{ ...base.sheets[0], cells: { B2: '=A1 * 2', E1: slider } }, base.sheets[1]] };
    expect(roundTrip(base, after)).toEqual({
      cells: [
        ['Sheet1', 'E1', slider],
        ['Sheet1', 'A1', null],
      ],
    });
  });

  it('follows a renamed, moved, added and deleted sheet, with the formulas a rename rewrote', () => {
    // A rename keeps the sheet's cells object (as the store does when no formula changed), whatever its place.
    const renamed = { name: 'Inputs', cells: base.sheets[1].cells };
    const rewritten = { name: 'Sheet1', cells: { A1: '=Inputs!C3', B2: '=A1 * 2' }, colWidths: { A: 120 } };
    const after = { ...base, sheets: [renamed, rewritten, { name: 'Sheet3', cells: {} }] };
    const change = roundTrip(base, after);
    expect(change.sheets).toEqual([
      { name: 'Inputs', from: 'Data' },
      { name: 'Sheet1', from: 'Sheet1', colWidths: { A: 120 } },
      { name: 'Sheet3', from: null },
    ]);
    expect(roundTrip(after, { ...after, sheets: [after.sheets[1]] }).sheets).toEqual([
      { name: 'Sheet1', from: 'Sheet1', colWidths: { A: 120 } },
    ]);
  });

  it('carries names, charts and the seed, and the selection with any change', () => {
    const ui = { activeSheet: 'Data', selection: { sheet: 'Data', anchor: 'C3', focus: 'C3' } };
    const after = { ...base, names: { lr: 'Sheet1!A1' }, charts: [{ sheet: 'Sheet1', x: 'A1', y: ['B2'] }], seed: 7, ui };
    expect(roundTrip(base, after)).toEqual({ names: { lr: 'Sheet1!A1' }, charts: [{ sheet: 'Sheet1', x: 'A1', y: ['B2'] }], seed: 7, ui });
  });

  it('is nothing when only the selection moved (the next snapshot keeps it)', () => {
    expect(diffBooks(base, { ...base, ui: { activeSheet: 'Data' } })).toBeNull();
    expect(diffBooks(base, { ...base, sheets: [...base.sheets], names: {} })).toBeNull();
  });

  it('refuses to apply to a workbook without the sheet it names', () => {
    expect(() => applyChange(base, { cells: [['Gone', 'A1', '1']] })).toThrow(
      'the journal names a sheet "Gone" the workbook does not have',
    );
    expect(() => applyChange(base, { sheets: [{ name: 'X', from: 'Gone' }] })).toThrow('"Gone"');
  });
});

describe('records as stored', () => {
  const record: JournalRecord = { writer: 'tab1', seq: 3, base: 2, at: 1000, change: { cells: [['Sheet1', 'A1', '1']] } };

  it('read back as written', () => {
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
  });

  it('cut mid-write, garbled or foreign, read as nothing', () => {
    const text = encodeRecord(record);
    for (let n = 0; n < text.length; n++) expect(decodeRecord(text.slice(0, n))).toBeNull();
    expect(decodeRecord(text.replace('"1"', '"2"'))).toBeNull();
    expect(decodeRecord(42)).toBeNull();
    expect(decodeRecord(undefined)).toBeNull();
    const wrong = JSON.stringify({ ...record, seq: 'x' });
    expect(decodeRecord(encodeRecord(record).replace(/:.*/s, `:${wrong}`))).toBeNull();
  });

  it('sort by workbook, tab and sequence', () => {
    const keys = [journalKey('b', 't', 10), journalKey('b', 't', 9), journalKey('b', 's', 11)];
    expect([...keys].sort()).toEqual([journalKey('b', 's', 11), journalKey('b', 't', 9), journalKey('b', 't', 10)]);
  });
});

describe('replaying the journal onto a snapshot', () => {
  const snap = book([{ name: 'Sheet1', cells: { A1: '1' } }]);
  const set = (key: string, v: string | null): JournalRecord['change'] => ({ cells: [['Sheet1', key, v]] });

  it('applies the saving tab’s records after its mark, in order, and not those the snapshot holds', () => {
    const stored = [
      rec('w', 1, 4, 10, set('A1', 'old')),
      rec('w', 3, 5, 30, set('A2', '=A1')),
      rec('w', 2, 4, 20, set('A1', '2')),
      rec('w', 4, 5, 40, set('A1', '3')),
    ];
    const r = replayJournal(snap, stored, { rev: 5, mark: { writer: 'w', seq: 2 } });
    expect(r).toEqual({ book: book([{ name: 'Sheet1', cells: { A1: '3', A2: '=A1' } }]), applied: 2, damaged: 0 });
  });

  it('applies another tab’s records made on this revision, and none made on an older one', () => {
    const stored = [rec('x', 1, 5, 10, set('B1', 'on 5')), rec('y', 1, 4, 5, set('C1', 'on 4'))];
    expect(replayJournal(snap, stored, { rev: 5, mark: { writer: 'w', seq: 9 } }).book.sheets[0].cells).toEqual({ A1: '1', B1: 'on 5' });
  });

  it('leaves out tabs still open', () => {
    const stored = [rec('x', 1, 5, 10, set('B1', 'live'))];
    expect(replayJournal(snap, stored, { rev: 5, live: new Set(['x']) })).toEqual({ book: snap, applied: 0, damaged: 0 });
  });

  it('skips a record cut mid-write or one that does not fit, and applies the rest', () => {
    const cut = rec('w', 2, 5, 20, set('A2', 'lost')).slice(0, 25);
    const misfit = rec('w', 3, 5, 30, { cells: [['Nowhere', 'A1', '1']] });
    const r = replayJournal(snap, [rec('w', 1, 5, 10, set('A1', '2')), cut, misfit, rec('w', 4, 5, 40, set('A3', 'ok'))], { rev: 5 });
    expect(r).toEqual({ book: book([{ name: 'Sheet1', cells: { A1: '2', A3: 'ok' } }]), applied: 2, damaged: 2 });
  });

  it('opens the snapshot as it is when the records would make an invalid workbook', () => {
    const invalid = rec('w', 1, 5, 10, { cells: [['Sheet1', 'A0', 'x']] });
    expect(replayJournal(snap, [invalid], { rev: 5 })).toEqual({ book: snap, applied: 0, damaged: 1 });
  });

  it('keeps a key such as __proto__ a plain key, never the cells’ prototype', () => {
    const hostile = rec('w', 1, 5, 10, { cells: [['Sheet1', '__proto__', 'x']] });
    const cells = replayJournal(snap, [hostile], { rev: 5 }).book.sheets[0].cells;
    expect(Object.getPrototypeOf(cells)).toBe(Object.prototype);
    expect(cells.A1).toBe('1');
  });

  it('interleaves tabs by time', () => {
    const stored = [rec('b', 1, 5, 20, set('A1', 'b')), rec('a', 1, 5, 10, set('A1', 'a')), rec('a', 2, 5, 30, set('A2', 'a2'))];
    expect(replayJournal(snap, stored, { rev: 5 }).book.sheets[0].cells).toEqual({ A1: 'b', A2: 'a2' });
  });
});

describe('compaction', () => {
  it('drops the saving tab’s records up to its mark, other tabs’ stale records and damaged ones', () => {
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
    const stored = [
      rec('w', 1, 4, 0, {}),
      rec('w', 2, 4, 0, {}),
      rec('w', 3, 4, 0, {}),
      rec('x', 1, 4, 0, {}),
      rec('x', 2, 5, 0, {}),
      'garbage',
    ];
    expect(redundantRecords(keys, stored, 4, { writer: 'w', seq: 2 })).toEqual(['k1', 'k2', 'k4', 'k6']);
    expect(redundantRecords(keys, stored, 4, undefined)).toEqual(['k1', 'k2', 'k3', 'k4', 'k6']);
  });
});
