import { describe, expect, it } from 'vitest';
import { gridKey } from './keys';

const sel = (col: number, row: number) => ({ anchor: { col, row }, focus: { col, row } });
const key = (k: string, mods: Partial<{ shift: boolean; mod: boolean; alt: boolean }> = {}) => ({
  key: k,
  shift: false,
  mod: false,
  alt: false,
  ...mods,
});

describe('grid keys', () => {
  it('move with arrows, Enter, Tab and their Shift forms, staying inside the grid', () => {
    expect(gridKey(key('ArrowDown'), sel(1, 1))).toEqual({ kind: 'select', selection: sel(1, 2) });
    expect(gridKey(key('Enter', { shift: true }), sel(1, 1))).toEqual({ kind: 'select', selection: sel(1, 0) });
    expect(gridKey(key('Tab'), sel(1, 1))).toEqual({ kind: 'select', selection: sel(2, 1) });
    expect(gridKey(key('Tab', { shift: true }), sel(0, 1))).toEqual({ kind: 'select', selection: sel(0, 1) });
    expect(gridKey(key('ArrowUp'), sel(0, 0))).toEqual({ kind: 'select', selection: sel(0, 0) });
  });

  it('extend the selection with Shift and an arrow', () => {
    expect(gridKey(key('ArrowRight', { shift: true }), sel(1, 1))).toEqual({
      kind: 'select',
      selection: { anchor: { col: 1, row: 1 }, focus: { col: 2, row: 1 } },
    });
  });

  it('start editing by typing or with F2, empty with Backspace; clear with Delete', () => {
    expect(gridKey(key('='), sel(0, 0))).toEqual({ kind: 'edit', initial: '=' });
    expect(gridKey(key('F2'), sel(0, 0))).toEqual({ kind: 'edit', initial: null });
    expect(gridKey(key('Backspace'), sel(0, 0))).toEqual({ kind: 'edit', initial: '' });
    expect(gridKey(key('Delete'), sel(0, 0))).toEqual({ kind: 'clear' });
  });

  it('undo, redo, copy and cut with Ctrl or Cmd', () => {
    expect(gridKey(key('z', { mod: true }), sel(0, 0))).toEqual({ kind: 'undo' });
    expect(gridKey(key('Z', { mod: true, shift: true }), sel(0, 0))).toEqual({ kind: 'redo' });
    expect(gridKey(key('y', { mod: true }), sel(0, 0))).toEqual({ kind: 'redo' });
    expect(gridKey(key('c', { mod: true }), sel(0, 0))).toEqual({ kind: 'copy' });
    expect(gridKey(key('x', { mod: true }), sel(0, 0))).toEqual({ kind: 'cut' });
  });

  it('fill with Ctrl+D and Ctrl+R, and paste values with Ctrl+Shift+V', () => {
    expect(gridKey(key('d', { mod: true }), sel(1, 1))).toEqual({ kind: 'fill', direction: 'down' });
    expect(gridKey(key('r', { mod: true }), sel(1, 1))).toEqual({ kind: 'fill', direction: 'right' });
    expect(gridKey(key('V', { mod: true, shift: true }), sel(1, 1))).toEqual({ kind: 'paste-values' });
    expect(gridKey(key('v', { mod: true }), sel(1, 1))).toEqual({ kind: 'none' });
  });
});

describe('grid keys over data', () => {
  // Filled: A1:A4 and A8; C2.
  const filled = new Set(['0,0', '0,1', '0,2', '0,3', '0,7', '2,1']);
  const data = { filled: (a: { col: number; row: number }) => filled.has(`${a.col},${a.row}`), lastUsed: () => ({ col: 2, row: 7 }) };

  it('Ctrl+Arrow jumps to the edge of the data and Ctrl+Shift+Arrow extends there', () => {
    expect(gridKey(key('ArrowDown', { mod: true }), sel(0, 0), data)).toEqual({ kind: 'select', selection: sel(0, 3) });
    expect(gridKey(key('ArrowDown', { mod: true }), sel(0, 3), data)).toEqual({ kind: 'select', selection: sel(0, 7) });
    expect(gridKey(key('ArrowDown', { mod: true }), sel(0, 7), data)).toEqual({ kind: 'select', selection: sel(0, 9999) });
    expect(gridKey(key('ArrowRight', { mod: true }), sel(0, 1), data)).toEqual({ kind: 'select', selection: sel(2, 1) });
    expect(gridKey(key('ArrowDown', { mod: true, shift: true }), sel(0, 0), data)).toEqual({
      kind: 'select',
      selection: { anchor: { col: 0, row: 0 }, focus: { col: 0, row: 3 } },
    });
  });

  it('Ctrl+End goes to the last used cell and Ctrl+Home to A1', () => {
    expect(gridKey(key('End', { mod: true }), sel(5, 5), data)).toEqual({ kind: 'select', selection: sel(2, 7) });
    expect(gridKey(key('Home', { mod: true }), sel(5, 5), data)).toEqual({ kind: 'select', selection: sel(0, 0) });
    expect(gridKey(key('Home', { mod: true, shift: true }), sel(5, 5), data)).toEqual({
      kind: 'select',
      selection: { anchor: { col: 5, row: 5 }, focus: { col: 0, row: 0 } },
    });
  });

  it('Shift+Space selects the rows, Ctrl+Space the columns, Ctrl+A everything', () => {
    const range = { anchor: { col: 1, row: 2 }, focus: { col: 3, row: 4 } };
    expect(gridKey(key(' ', { shift: true }), range)).toEqual({
      kind: 'select',
      selection: { anchor: { col: 99, row: 2 }, focus: { col: 0, row: 4 } },
    });
    expect(gridKey(key(' ', { mod: true }), range)).toEqual({
      kind: 'select',
      selection: { anchor: { col: 1, row: 9999 }, focus: { col: 3, row: 0 } },
    });
    expect(gridKey(key('a', { mod: true }), range)).toEqual({
      kind: 'select',
      selection: { anchor: { col: 99, row: 9999 }, focus: { col: 0, row: 0 } },
    });
    expect(gridKey(key(' '), range)).toEqual({ kind: 'edit', initial: ' ' });
  });

  it('Ctrl+Shift+= and Ctrl++ insert, Ctrl+- deletes; Shift+F10 and the menu key open the context menu', () => {
    expect(gridKey(key('+', { mod: true, shift: true }), sel(0, 0))).toEqual({ kind: 'structure', change: 'insert' });
    expect(gridKey(key('+', { mod: true }), sel(0, 0))).toEqual({ kind: 'structure', change: 'insert' });
    expect(gridKey(key('=', { mod: true, shift: true }), sel(0, 0))).toEqual({ kind: 'structure', change: 'insert' });
    expect(gridKey(key('=', { mod: true }), sel(0, 0))).toEqual({ kind: 'none' });
    expect(gridKey(key('-', { mod: true }), sel(0, 0))).toEqual({ kind: 'structure', change: 'delete' });
    expect(gridKey(key('F10', { shift: true }), sel(0, 0))).toEqual({ kind: 'menu' });
    expect(gridKey(key('ContextMenu'), sel(0, 0))).toEqual({ kind: 'menu' });
    expect(gridKey(key('F10'), sel(0, 0))).toEqual({ kind: 'none' });
  });
});
