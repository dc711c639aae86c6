import { describe, expect, it } from 'vitest';
import { COLS, ROWS } from './geometry';
import { addressOf, extendFrom } from './grid-pointer';

describe('the grid pointer', () => {
  it('extends a Shift+click from the anchor, or from the active cell after whole rows or columns', () => {
    expect(extendFrom({ anchor: { col: 1, row: 1 }, focus: { col: 3, row: 4 } })).toEqual({ col: 1, row: 1 });
    expect(extendFrom({ anchor: { col: 0, row: 2 }, focus: { col: COLS - 1, row: 5 } })).toEqual({ col: COLS - 1, row: 5 });
    expect(extendFrom({ anchor: { col: 2, row: 0 }, focus: { col: 4, row: ROWS - 1 } })).toEqual({ col: 4, row: ROWS - 1 });
  });

  it('finds the cell an event happened on from its data-col and data-row, and nothing off the cells', () => {
    const cell = { dataset: { col: '2', row: '7' } };
    const inside = { closest: (sel: string) => (sel === '[data-col]' ? cell : null) };
    expect(addressOf(inside as unknown as EventTarget)).toEqual({ col: 2, row: 7 });
    expect(addressOf({ closest: () => null } as unknown as EventTarget)).toBeNull();
    expect(addressOf(null)).toBeNull();
  });
});
