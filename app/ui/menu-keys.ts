// Owns the keyboard of a menu button and its menu (WAI-ARIA menu button pattern): which item a key
// moves to, chooses, or whether it closes the menu. Pure, so the component only applies the result.

export type MenuAction =
  | { kind: 'move'; index: number }
  | { kind: 'choose'; index: number }
  /** `refocus`: give focus back to the button (Escape); Tab lets focus move on. */
  | { kind: 'close'; refocus: boolean }
  | null;

/** A key pressed on an open menu whose item `index` of `count` is active. */
export function menuKey(key: string, index: number, count: number): MenuAction {
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', index: (index + 1) % count };
    case 'ArrowUp':
      return { kind: 'move', index: (index - 1 + count) % count };
    case 'Home':
    case 'PageUp':
      return { kind: 'move', index: 0 };
    case 'End':
    case 'PageDown':
      return { kind: 'move', index: count - 1 };
    case 'Enter':
    case ' ':
      return { kind: 'choose', index };
    case 'Escape':
      return { kind: 'close', refocus: true };
    case 'Tab':
      return { kind: 'close', refocus: false };
    default:
      return null;
  }
}

/** A key pressed on the closed menu button: the item to open the menu on, or null. */
export function buttonKey(key: string, count: number): number | null {
  if (key === 'ArrowDown' || key === 'Enter' || key === ' ') return 0;
  if (key === 'ArrowUp') return count - 1;
  return null;
}
