// Owns where Left, Right, Home and End move along a row of controls (the toolbar, the sheet tabs),
// wrapping at the ends as the WAI-ARIA toolbar and tabs patterns do.

/** The index that `key` moves to from control `i` of `n`; null for any other key. */
export function arrowMove(key: string, i: number, n: number): number | null {
  if (n <= 0) return null;
  if (key === 'ArrowRight') return (i + 1) % n;
  if (key === 'ArrowLeft') return (i - 1 + n) % n;
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  return null;
}
