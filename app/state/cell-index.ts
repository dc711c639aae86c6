// Owns an index of a sheet's cells object: the keys whose entry is an object (a format, a spill, a slider,
// a note), so sheet-level views such as spills find them without walking every cell on every edit
// (issue 10). A cells object is never changed in place, so its index is made once; an edit that keeps
// each entry's kind (withInputs) hands the index on to the object it makes.

import type { CellEntry } from '../../storage/format';

type Cells = Record<string, CellEntry>;

const index = new WeakMap<Cells, readonly string[]>();

/** The keys of `cells` whose entry is an object rather than a bare input text. */
export function objectKeys(cells: Cells): readonly string[] {
  let keys = index.get(cells);
  if (!keys) {
    const found: string[] = [];
    for (const key in cells) if (typeof cells[key] !== 'string') found.push(key);
    index.set(cells, (keys = found));
  }
  return keys;
}

/** `next` was made from `prev` without adding, removing or unwrapping an object entry: it shares the index. */
export function sameObjectKeys(prev: Cells, next: Cells): void {
  const keys = index.get(prev);
  if (keys) index.set(next, keys);
}
