import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createDrawer } from './create-drawer';

describe('createDrawer', () => {
  it('starts closed and toggles open and closed', () =>
    createRoot((dispose) => {
      const drawer = createDrawer();
      expect(drawer.open()).toBe(false);
      drawer.toggle();
      expect(drawer.open()).toBe(true);
      drawer.toggle();
      expect(drawer.open()).toBe(false);
      dispose();
    }));

  it('closing from inside gives focus back to the toggle button; closing otherwise does not', () =>
    createRoot((dispose) => {
      const drawer = createDrawer();
      let focused = 0;
      drawer.setButton({ focus: () => void focused++ });
      drawer.toggle();
      drawer.close(true);
      expect(drawer.open()).toBe(false);
      expect(focused).toBe(1);
      drawer.toggle();
      drawer.close(false);
      expect(drawer.open()).toBe(false);
      expect(focused).toBe(1);
      dispose();
    }));
});
