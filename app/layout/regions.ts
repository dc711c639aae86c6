// Owns the order of F6 and Shift+F6 through the page's regions (toolbar, formula bar, grid, side
// panel, sheet tabs) as a pure function, so wrapping and skipping hidden regions are tested without a browser.

/**
 * The region F6 (or Shift+F6, `backwards`) moves to from region `from` (-1 when focus is in none),
 * skipping regions that are not `available` (hidden, such as the closed drawer, or with nothing to
 * focus); -1 when none is. The order wraps around, as in Excel and in the browser's own F6.
 */
export function nextRegion(from: number, available: readonly boolean[], backwards: boolean): number {
  const n = available.length;
  const step = backwards ? -1 : 1;
  // From outside every region, F6 starts at the first and Shift+F6 at the last.
  let i = from < 0 ? (backwards ? 0 : n - 1) : from;
  for (let tries = 0; tries < n; tries++) {
    i = (i + step + n) % n;
    if (available[i]) return i;
  }
  return -1;
}
