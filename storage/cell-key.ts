// Owns the cell keys a workbook file may hold: A1-style addresses inside the grid (columns A to XFD, rows 1
// to 1,048,576, the grid of formula/address.ts), each naming a different cell. Keys come from untrusted files.

/** The grid's size, as in Excel (storage cannot import formula/address.ts; a test checks the two agree). */
export const GRID = Object.freeze({ cols: 16_384, rows: 1_048_576, lastColumn: 'XFD' });

export const GRID_TEXT = `columns A to ${GRID.lastColumn}, rows 1 to ${GRID.rows}`;

const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A key's column and row (0-based), which may lie outside the grid; null when it is not an address at all
 * (letters, then digits without a leading zero). Scanned by hand: a file may hold a million keys.
 */
export function keyPosition(key: string): { col: number; row: number } | null {
  let letters = 0;
  while (letters < key.length && isLetter(key.charCodeAt(letters))) letters++;
  const digits = key.length - letters;
  if (letters === 0 || digits === 0 || key.charCodeAt(letters) === 48) return null;
  for (let i = letters; i < key.length; i++) if (!isDigit(key.charCodeAt(i))) return null;
  // More than three letters or seven digits is outside the grid whatever they say; stop before the number grows.
  if (letters > 3 || digits > 7) return { col: GRID.cols, row: GRID.rows };
  let col = 0;
  for (let i = 0; i < letters; i++) col = col * 26 + ((key.charCodeAt(i) | 32) - 96);
  let row = 0;
  for (let i = letters; i < key.length; i++) row = row * 10 + key.charCodeAt(i) - 48;
  return { col: col - 1, row: row - 1 };
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
export function cellKeysProblem(cells: Record<string, unknown>, keys: readonly string[] = Object.keys(cells)): string | null {
  let lowered: Map<string, string> | null = null;
  for (const key of keys) {
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
