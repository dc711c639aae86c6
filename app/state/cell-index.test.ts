import { describe, expect, it } from 'vitest';
import type { CellEntry } from '../../storage/format';
import { FIRST_KEYS, firstKeys, knownKeys, noteEntryChange, objectKeys } from './cell-index';

/** Writes `cells[key]` in place as the store does, telling the index. */
function write(cells: Record<string, CellEntry>, key: string, entry: CellEntry | undefined): void {
  const prev = cells[key];
  if (entry === undefined) delete cells[key];
  else cells[key] = entry;
  noteEntryChange(cells, key, prev, entry);
}

const sorted = (keys: readonly string[]) => [...keys].sort();
const objectsOf = (cells: Record<string, CellEntry>) =>
  Object.keys(cells)
    .filter((k) => typeof cells[k] !== 'string')
    .sort();

describe('cell indexes', () => {
  it('list the cells that are objects, and follow writes in place', () => {
    const cells: Record<string, CellEntry> = { A1: '1', B1: { input: '2', format: { spill: true } }, C1: { input: '', note: 'n' } };
    expect(objectKeys(cells)).toEqual(['B1', 'C1']);
    write(cells, 'A1', { input: '1', format: { spill: true } });
    write(cells, 'B1', '3');
    write(cells, 'C1', undefined);
    write(cells, 'D1', 'x');
    expect(sorted(objectKeys(cells))).toEqual(objectsOf(cells));
    expect(objectKeys(cells)).toEqual(['A1']);
  });

  it('keep the first keys of a sheet exact while it is small', () => {
    const cells: Record<string, CellEntry> = { A1: '1', B1: '2' };
    expect(firstKeys(cells)).toEqual(['A1', 'B1']);
    write(cells, 'C1', '3');
    write(cells, 'A1', undefined);
    write(cells, 'B1', '4');
    expect(firstKeys(cells)).toEqual(Object.keys(cells));
  });

  it('stop at FIRST_KEYS, and take what a reader of the file already knows', () => {
    const cells: Record<string, CellEntry> = {};
    for (let i = 1; i <= FIRST_KEYS + 10; i++) cells[`A${i}`] = String(i);
    expect(firstKeys(cells)).toEqual(Object.keys(cells).slice(0, FIRST_KEYS));
    write(cells, 'B1', 'more');
    expect(firstKeys(cells)).toHaveLength(FIRST_KEYS);
    const read: Record<string, CellEntry> = { A1: '1', B1: { input: '2', note: 'n' } };
    knownKeys(read, { objects: ['B1'], first: ['A1', 'B1'] });
    expect([objectKeys(read), firstKeys(read)]).toEqual([['B1'], ['A1', 'B1']]);
  });
});
