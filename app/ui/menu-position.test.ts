import { describe, expect, it } from 'vitest';
import { fitInViewport } from './menu-position';

const viewport = { width: 800, height: 600 };
const size = { width: 200, height: 300 };

describe('menu position', () => {
  it('opens at the point when it fits', () => {
    expect(fitInViewport({ x: 100, y: 50 }, size, viewport)).toEqual({ x: 100, y: 50 });
  });

  it('moves left and up just enough near the right and bottom edges', () => {
    expect(fitInViewport({ x: 700, y: 500 }, size, viewport)).toEqual({ x: 596, y: 296 });
  });

  it('never leaves the top-left margin, even for a menu larger than the viewport', () => {
    expect(fitInViewport({ x: 10, y: 10 }, { width: 900, height: 900 }, viewport)).toEqual({ x: 4, y: 4 });
  });

  it("opens a submenu on its parent's left when the right has no room", () => {
    expect(fitInViewport({ x: 700, y: 100 }, size, viewport, { left: 500 })).toEqual({ x: 300, y: 100 });
  });
});
