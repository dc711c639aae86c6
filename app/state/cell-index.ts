// Owns indexes of a sheet's cells object, so views of a sheet never walk all of its cells on an edit
// (a walk of a million keys takes the page for a second, issue 10): the keys whose entry is an object (a
// format, a spill, a slider, a note) and the first keys of the sheet. Each is made once per cells object,
// or handed over by whoever built the object, and kept up as the store writes into it.

import type { CellEntry } from '../../storage/format';

type Cells = Record<string, CellEntry>;

/** How many keys `firstKeys` keeps (what autocomplete lists of a sheet's cells). */
export const FIRST_KEYS = 500;

const objects = new WeakMap<Cells, string[]>();
const first = new WeakMap<Cells, string[]>();

/** The keys of `cells` whose entry is an object rather than a bare input text. */
export function objectKeys(cells: Cells): readonly string[] {
  let keys = objects.get(cells);
  if (!keys) {
    keys = [];
    for (const key in cells) if (typeof cells[key] !== 'string') keys.push(key);
    objects.set(cells, keys);
  }
  return keys;
}

/** Up to FIRST_KEYS keys of `cells`, in the order they were added (after removals, as many as are left of them). */
export function firstKeys(cells: Cells): readonly string[] {
  let keys = first.get(cells);
  if (!keys) first.set(cells, (keys = Object.keys(cells).slice(0, FIRST_KEYS)));
  return keys;
}

/** `cells[key]` was written in place from `prev` to `next` (undefined: absent): the indexes follow. */
export function noteEntryChange(cells: Cells, key: string, prev: CellEntry | undefined, next: CellEntry | undefined): void {
  const obj = objects.get(cells);
  const was = prev !== undefined && typeof prev !== 'string';
  const is = next !== undefined && typeof next !== 'string';
  if (obj && is && !was) obj.push(key);
  else if (obj && was && !is) obj.splice(obj.indexOf(key), 1);
  const some = first.get(cells);
  if (some && prev === undefined && next !== undefined && some.length < FIRST_KEYS) some.push(key);
  else if (some && prev !== undefined && next === undefined && some.includes(key)) some.splice(some.indexOf(key), 1);
}

/** Gives `cells` the indexes its maker already knows (a file read in parts), sparing the walks. */
export function knownKeys(cells: Cells, known: { objects: string[]; first: string[] }): void {
  objects.set(cells, known.objects);
  first.set(cells, known.first.slice(0, FIRST_KEYS));
}
