// Owns the cell keys a workbook file may hold: A1-style addresses inside the grid (columns A to XFD, rows 1
// to 1,048,576, the grid of formula/address.ts), each naming a different cell. Keys come from untrusted files.

/** The grid's size, as in Excel (storage cannot import formula/address.ts; a test checks the two agree). */
export const GRID = Object.freeze({ cols: 16_384, rows: 1_048_576, lastColumn: 'XFD' });

export const GRID_TEXT = `columns A to ${GRID.lastColumn}, rows 1 to ${GRID.rows}`;

const ADDRESS = /^([A-Za-z]+)([1-9][0-9]*)$/;

/** A key's column and row (0-based), which may lie outside the grid; null when it is not an address at all. */
export function keyPosition(key: string): { col: number; row: number } | null {
  const m = ADDRESS.exec(key);
  if (!m) return null;
  // More than three letters or seven digits is outside the grid whatever they say; stop before the number grows.
  if (m[1].length > 3 || m[2].length > 7) return { col: GRID.cols, row: GRID.rows };
  let col = 0;
  for (let i = 0; i < m[1].length; i++) col = col * 26 + ((m[1].charCodeAt(i) | 32) - 96);
  return { col: col - 1, row: Number(m[2]) - 1 };
}

/** Whether a key is an address inside the grid. */
export function isGridKey(key: string): boolean {
  const at = keyPosition(key);
  return at !== null && at.col < GRID.cols && at.row < GRID.rows;
}

/** A key for a message: quoted, and cut short when long (it may be a megabyte of letters). */
export const quoteKey = (key: string): string => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);

/** What is wrong with one cell key, or null when it is an address inside the grid. */
export function cellKeyProblem(key: string): string | null {
  const at = keyPosition(key);
  if (at === null) return `cell key ${quoteKey(key)} is not an address like A1`;
  if (at.col >= GRID.cols || at.row >= GRID.rows) return `cell key ${quoteKey(key)} is outside the grid (${GRID_TEXT})`;
  return null;
}

/**
 * The first problem with a sheet's cell keys: one that is not an address inside the grid, or two that name the
 * same cell (`a1` and `A1`: only keys with a lower-case letter can, since object keys are distinct).
 */
export function cellKeysProblem(cells: Record<string, unknown>): string | null {
  let lowered: Map<string, string> | null = null;
  for (const key of Object.keys(cells)) {
    const problem = cellKeyProblem(key);
    if (problem) return problem;
    const upper = key.toUpperCase();
    if (upper === key) continue;
    lowered ??= new Map();
    const other = Object.hasOwn(cells, upper) ? upper : lowered.get(upper);
    if (other !== undefined) return `cell keys ${quoteKey(other)} and ${quoteKey(key)} are the same cell`;
    lowered.set(upper, key);
  }
  return null;
}
