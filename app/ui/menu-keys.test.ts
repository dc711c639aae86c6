// The Examples menu's keyboard: arrows wrap, Home/End jump, Enter/Space choose, Escape and Tab close.

import { describe, expect, it } from 'vitest';
import { buttonKey, menuKey } from './menu-keys';

describe('examples menu keys', () => {
  it('move with the arrows, wrapping at both ends, and jump with Home and End', () => {
    expect(menuKey('ArrowDown', 0, 6)).toEqual({ kind: 'move', index: 1 });
    expect(menuKey('ArrowDown', 5, 6)).toEqual({ kind: 'move', index: 0 });
    expect(menuKey('ArrowUp', 0, 6)).toEqual({ kind: 'move', index: 5 });
    expect(menuKey('ArrowUp', 3, 6)).toEqual({ kind: 'move', index: 2 });
    expect(menuKey('Home', 4, 6)).toEqual({ kind: 'move', index: 0 });
    expect(menuKey('End', 1, 6)).toEqual({ kind: 'move', index: 5 });
  });

  it('choose the active item with Enter or Space; close with Escape (focus back) or Tab (focus moves on)', () => {
    expect(menuKey('Enter', 2, 6)).toEqual({ kind: 'choose', index: 2 });
    expect(menuKey(' ', 4, 6)).toEqual({ kind: 'choose', index: 4 });
    expect(menuKey('Escape', 2, 6)).toEqual({ kind: 'close', refocus: true });
    expect(menuKey('Tab', 2, 6)).toEqual({ kind: 'close', refocus: false });
    expect(menuKey('a', 2, 6)).toBeNull();
  });

  it('open from the button on the first item, or the last with ArrowUp', () => {
    expect(buttonKey('ArrowDown', 6)).toBe(0);
    expect(buttonKey('Enter', 6)).toBe(0);
    expect(buttonKey(' ', 6)).toBe(0);
    expect(buttonKey('ArrowUp', 6)).toBe(5);
    expect(buttonKey('x', 6)).toBeNull();
  });
});
