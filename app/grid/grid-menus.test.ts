import { describe, expect, it, vi } from 'vitest';
import type { MenuEntry } from '../ui/ContextMenu';
import { type GridMenuActions, cellMenu, columnHeaderMenu, rowHeaderMenu } from './grid-menus';
import { columnsSelection, rowsSelection } from './whole';

const actions = (): GridMenuActions => ({
  structure: vi.fn(),
  cut: vi.fn(),
  copy: vi.fn(),
  paste: vi.fn(),
  pasteValues: vi.fn(),
  clear: vi.fn(),
});
const labels = (entries: MenuEntry[]) => entries.map((e) => (e === 'separator' ? '—' : e.label));
const run = (entries: MenuEntry[], label: string) => {
  const item = entries.find((e) => e !== 'separator' && e.label === label);
  if (!item || item === 'separator' || !('run' in item)) throw new Error(`no item ${label}`);
  item.run();
};

describe('grid context menus', () => {
  it('a row header offers inserting above and below and deleting, on the selected rows', () => {
    const act = actions();
    const menu = rowHeaderMenu(rowsSelection(4, 2), act);
    expect(labels(menu)).toEqual(['Insert 3 rows above', 'Insert 3 rows below', 'Delete 3 rows']);
    run(menu, 'Insert 3 rows above');
    run(menu, 'Insert 3 rows below');
    run(menu, 'Delete 3 rows');
    expect(vi.mocked(act.structure).mock.calls).toEqual([
      ['insert', { axis: 'row', at: 2, count: 3 }],
      ['insert', { axis: 'row', at: 5, count: 3 }],
      ['delete', { axis: 'row', at: 2, count: 3 }],
    ]);
  });

  it('a column header says column for one and acts left and right', () => {
    const act = actions();
    const menu = columnHeaderMenu(columnsSelection(1, 1), act);
    expect(labels(menu)).toEqual(['Insert column left', 'Insert column right', 'Delete column']);
    run(menu, 'Insert column right');
    expect(act.structure).toHaveBeenCalledWith('insert', { axis: 'col', at: 2, count: 1 });
  });

  it('a cell offers the clipboard, inserting and deleting its rows and columns, and clearing', () => {
    const act = actions();
    const menu = cellMenu({ anchor: { col: 1, row: 1 }, focus: { col: 2, row: 1 } }, act);
    expect(labels(menu)).toEqual([
      'Cut',
      'Copy',
      'Paste',
      'Paste values',
      '—',
      'Insert row above',
      'Insert 2 columns left',
      'Delete row',
      'Delete 2 columns',
      '—',
      'Clear',
    ]);
    run(menu, 'Delete 2 columns');
    expect(act.structure).toHaveBeenCalledWith('delete', { axis: 'col', at: 1, count: 2 });
    for (const l of ['Cut', 'Copy', 'Paste', 'Paste values', 'Clear']) run(menu, l);
    for (const f of [act.cut, act.copy, act.paste, act.pasteValues, act.clear]) expect(f).toHaveBeenCalledOnce();
  });

  it('lists Number format only when formats are given', () => {
    const act = { ...actions(), numberFormats: [{ label: 'Percent', run: () => {} }] };
    expect(labels(cellMenu(rowsSelection(0, 0), act)).at(-1)).toBe('Number format');
  });
});
