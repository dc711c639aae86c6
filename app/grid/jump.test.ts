import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Direction, jumpTarget, lastUsed } from './jump';

const size = { cols: 10, rows: 20 };
/** A column of cells, filled where the pattern has `#` (row 0 first). */
const column = (pattern: string) => (a: { col: number; row: number }) => a.col === 0 && pattern[a.row] === '#';
const down = (pattern: string, row: number) => jumpTarget({ col: 0, row }, 'down', column(pattern), size).row;

describe('Ctrl+Arrow', () => {
  it('runs through a block of filled cells to its last one', () => {
    expect(down('####..#', 0)).toBe(3);
    expect(down('####..#', 1)).toBe(3);
  });

  it('from the end of a block, or from an empty cell, goes to the next filled cell', () => {
    expect(down('####..#', 3)).toBe(6);
    expect(down('#...##', 1)).toBe(4);
    expect(down('#.#', 0)).toBe(2);
  });

  it('goes to the sheet edge when nothing is filled beyond, and stays put at the edge', () => {
    expect(down('#', 0)).toBe(19);
    expect(down('', 5)).toBe(19);
    expect(down('', 19)).toBe(19);
    expect(jumpTarget({ col: 0, row: 0 }, 'up', column('#'), size)).toEqual({ col: 0, row: 0 });
  });

  it('works the same way along rows', () => {
    const row = (a: { col: number; row: number }) => a.row === 2 && [1, 2, 3, 7].includes(a.col);
    expect(jumpTarget({ col: 0, row: 2 }, 'right', row, size)).toEqual({ col: 1, row: 2 });
    expect(jumpTarget({ col: 1, row: 2 }, 'right', row, size)).toEqual({ col: 3, row: 2 });
    expect(jumpTarget({ col: 3, row: 2 }, 'right', row, size)).toEqual({ col: 7, row: 2 });
    expect(jumpTarget({ col: 7, row: 2 }, 'right', row, size)).toEqual({ col: 9, row: 2 });
    expect(jumpTarget({ col: 7, row: 2 }, 'left', row, size)).toEqual({ col: 3, row: 2 });
    expect(jumpTarget({ col: 3, row: 2 }, 'left', row, size)).toEqual({ col: 1, row: 2 });
    expect(jumpTarget({ col: 1, row: 2 }, 'left', row, size)).toEqual({ col: 0, row: 2 });
  });

  it('always lands inside the grid, on a filled cell or the edge, along the arrow', () => {
    const dirs: Direction[] = ['up', 'down', 'left', 'right'];
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
        fc.nat(9),
        fc.nat(19),
        fc.constantFrom(...dirs),
        (bits, col, row, dir) => {
          const filled = (a: { col: number; row: number }) => bits[a.row * 10 + a.col];
          const to = jumpTarget({ col, row }, dir, filled, size);
          const edge = to.col === 0 || to.col === 9 || to.row === 0 || to.row === 19;
          expect(to.col >= 0 && to.col < 10 && to.row >= 0 && to.row < 20).toBe(true);
          expect(dir === 'up' || dir === 'down' ? to.col === col : to.row === row).toBe(true);
          expect(filled(to) || edge).toBe(true);
        },
      ),
    );
  });
});

describe('Ctrl+End', () => {
  it('is the largest used row by the largest used column', () => {
    expect(lastUsed(['A1', 'C2', 'B7'])).toEqual({ col: 2, row: 6 });
    expect(lastUsed([])).toEqual({ col: 0, row: 0 });
  });
});
