// Owns the outlines drawn over the cells and ranges that the formula being edited refers to, each in
// the colour the editor gives that reference.

import { For } from 'solid-js';
import type { EditSession } from './edit-session';
import './editing.css';
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from './geometry';

/** `colOffset(c)`: where column c starts, past the row headers' edge (columns have their own widths). */
export function RefOutlines(props: { edit: EditSession; sheet: string; colOffset: (col: number) => number }) {
  // A reference without a sheet points into the edited cell's sheet; only those on the shown sheet are drawn.
  const shown = () => {
    const e = props.edit.editing();
    if (!e) return [];
    const here = props.sheet.toLowerCase();
    const seen = new Set<string>();
    // A reference written twice is outlined once.
    return props.edit.tokens().filter((t) => {
      const key = `${t.start.col},${t.start.row}:${t.end.col},${t.end.row}`;
      if ((t.sheet ?? e.sheet).toLowerCase() !== here || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  return (
    <For each={shown()}>
      {(t) => (
        <div
          class={`ref-outline ref-c${t.color}`}
          data-ref-outline={t.start.col === t.end.col && t.start.row === t.end.row ? '' : 'range'}
          aria-hidden="true"
          style={{
            top: `${HEADER_HEIGHT + t.start.row * ROW_HEIGHT}px`,
            left: `${ROW_HEADER_WIDTH + props.colOffset(t.start.col)}px`,
            width: `${props.colOffset(t.end.col + 1) - props.colOffset(t.start.col)}px`,
            height: `${(t.end.row - t.start.row + 1) * ROW_HEIGHT}px`,
          }}
        />
      )}
    </For>
  );
}
