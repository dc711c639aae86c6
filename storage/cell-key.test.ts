import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellKeyProblem, cellKeysProblem, isGridKey, keyPosition } from './cell-key';

describe('cell keys', () => {
  it('places an address, in either case', () => {
    expect([keyPosition('A1'), keyPosition('xfd1048576'), keyPosition('AA10')]).toEqual([
      { col: 0, row: 0 },
      { col: 16_383, row: 1_048_575 },
      { col: 26, row: 9 },
    ]);
  });

  it('reads what the pattern letters-then-digits (no leading zero) reads, and nothing else', () => {
    const pattern = /^([A-Za-z]+)([1-9][0-9]*)$/;
    const key = fc.string({ unit: fc.constantFrom('A', 'z', 'Q', '0', '1', '9', '5', '$', ' ', '!', 'é', '@', '['), maxLength: 12 });
    fc.assert(
      fc.property(key, (k) => {
        const m = pattern.exec(k);
        expect(keyPosition(k) === null).toBe(m === null);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the edge of the grid', () => {
    expect(['A1', 'XFD1', 'A1048576', 'XFD1048576'].map(isGridKey)).toEqual([true, true, true, true]);
    expect(['XFE1', 'A1048577', 'ZZZ9999999', 'AAAA1', 'A10000000', 'A0', 'A01', '__proto__', ''].map(isGridKey)).toEqual(
      Array(9).fill(false),
    );
  });

  it('says what is wrong with a key, quoting it short', () => {
    expect(cellKeyProblem('ZZZ9999999')).toBe('cell key "ZZZ9999999" is outside the grid (columns A to XFD, rows 1 to 1048576)');
    expect(cellKeyProblem('A\n1')).toBe('cell key "A\\n1" is not an address like A1');
    expect(cellKeyProblem(`${'B'.repeat(100)}7`)).toBe(
      `cell key "${'B'.repeat(40)}…" is outside the grid (columns A to XFD, rows 1 to 1048576)`,
    );
    expect(cellKeyProblem('C3')).toBeNull();
  });

  it('finds two keys for one cell without a map of every key', () => {
    expect(cellKeysProblem({ A1: 1, B1: 2, b1: 3 })).toBe('cell keys "B1" and "b1" are the same cell');
    expect(cellKeysProblem({ b1: 3, B1: 2 })).toBe('cell keys "B1" and "b1" are the same cell');
    expect(cellKeysProblem({ aB1: 3, Ab1: 2 })).toBe('cell keys "aB1" and "Ab1" are the same cell');
    expect(cellKeysProblem({ a1: 1, b2: 2, C3: 3 })).toBeNull();
  });
});
