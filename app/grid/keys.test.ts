import { describe, expect, it } from 'vitest';
import { gridKey } from './keys';

const sel = (col: number, row: number) => ({ anchor: { col, row }, focus: { col, row } });
const key = (k: string, mods: Partial<{ shift: boolean; mod: boolean; alt: boolean }> = {}) => ({ key: k, shift: false, mod: false, alt: false, ...mods });

describe('grid keys', () => {
  it('move with arrows, Enter, Tab and their Shift forms, staying inside the grid', () => {
    expect(gridKey(key('ArrowDown'), sel(1, 1))).toEqual({ kind: 'select', selection: sel(1, 2) });
    expect(gridKey(key('Enter', { shift: true }), sel(1, 1))).toEqual({ kind: 'select', selection: sel(1, 0) });
    expect(gridKey(key('Tab'), sel(1, 1))).toEqual({ kind: 'select', selection: sel(2, 1) });
    expect(gridKey(key('Tab', { shift: true }), sel(0, 1))).toEqual({ kind: 'select', selection: sel(0, 1) });
    expect(gridKey(key('ArrowUp'), sel(0, 0))).toEqual({ kind: 'select', selection: sel(0, 0) });
  });

  it('extend the selection with Shift and an arrow', () => {
    expect(gridKey(key('ArrowRight', { shift: true }), sel(1, 1))).toEqual({ kind: 'select', selection: { anchor: { col: 1, row: 1 }, focus: { col: 2, row: 1 } } });
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
