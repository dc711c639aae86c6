// Owns the side panel's drawer state on narrow screens: open or closed, and the toolbar button that
// toggles it, which gets the keyboard back when the drawer is closed from inside.

import { createSignal } from 'solid-js';

export interface Drawer {
  open(): boolean;
  toggle(): void;
  /** Closes the drawer; `refocus` gives focus back to the toggle button (Escape in the drawer). */
  close(refocus: boolean): void;
  /** The toolbar's toggle button registers itself. */
  setButton(el: { focus(): void }): void;
}

export function createDrawer(): Drawer {
  const [open, setOpen] = createSignal(false);
  let button: { focus(): void } | undefined;
  return {
    open,
    toggle: () => setOpen(!open()),
    close(refocus) {
      setOpen(false);
      if (refocus) button?.focus();
    },
    setButton: (el) => (button = el),
  };
}
