// Owns where a menu goes so that all of it stays inside the viewport.

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

const MARGIN = 4;

/**
 * The top-left corner for a menu of `size` asked to open at `at`: moved left and up as far as it must to fit
 * `viewport`, never above or left of its margin. A submenu (`beside`: its parent's box) that does not fit on
 * the right opens on the parent's left instead, as desktop menus do.
 */
export function fitInViewport(at: Point, size: Size, viewport: Size, beside?: { left: number }): Point {
  let x = at.x;
  if (x + size.width > viewport.width - MARGIN) x = beside ? beside.left - size.width : viewport.width - MARGIN - size.width;
  const y = Math.min(at.y, viewport.height - MARGIN - size.height);
  return { x: Math.max(MARGIN, x), y: Math.max(MARGIN, y) };
}
