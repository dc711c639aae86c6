// Owns the one cell the grid marks for another panel (the inspector's backward pass marks the cell the current
// step came from): a label, or null. The grid draws it as part of each cell it renders, so the mark survives
// scrolling and redraws; whoever sets it clears it when it is done.

import { createSignal } from 'solid-js';

const [marked, setMarked] = createSignal<string | null>(null);

/** The marked cell's label (`Sheet1!A3`), or null. */
export const markedCell = marked;

/** Marks the cell `label` (null: none). */
export function markCell(label: string | null): void {
  setMarked(label);
}
