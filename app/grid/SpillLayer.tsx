// Owns how spills look in the grid: an outline around each spill area (dashed when it cannot spill),
// the note under an anchor that cannot spill, and the value a spilled cell shows.

import { For, Show } from 'solid-js';
import { cellName } from '../../formula/address';
import type { SheetStore } from '../state/createSheetStore';
import { HEADER_HEIGHT, ROW_HEIGHT } from './geometry';
import './spill.css';

/**
 * Drawn over the cells, inside the grid's content, so it scrolls with them; never takes the pointer.
 * `x(col)` is the left edge of a column in the content (the grid knows the columns' widths).
 */
export function SpillLayer(props: { store: SheetStore; x(col: number): number }) {
  const box = (col: number, row: number, cols: number, rows: number) => ({
    left: `${props.x(col)}px`,
    top: `${HEADER_HEIGHT + row * ROW_HEIGHT}px`,
    width: `${props.x(col + cols) - props.x(col)}px`,
    height: `${rows * ROW_HEIGHT}px`,
  });
  return (
    <>
      <For each={props.store.spills.areas()}>
        {(a) => (
          <div
            class="spill-outline"
            classList={{ blocked: a.blocked !== null }}
            data-anchor={a.label}
            style={box(a.at.col, a.at.row, a.cols, a.rows)}
            aria-hidden="true"
          />
        )}
      </For>
      <For each={props.store.spills.notes()}>
        {(n) => (
          <div
            class="spill-note"
            style={{ left: `${props.x(n.at.col)}px`, top: `${HEADER_HEIGHT + (n.at.row + 1) * ROW_HEIGHT}px` }}
            aria-hidden="true"
          >
            {n.text}
          </div>
        )}
      </For>
    </>
  );
}

/** A spilled cell's content: the element it shows, read-only. */
export function SpilledValue(props: { text: string; anchor: string }) {
  return (
    <span class="cell-value kind-tensor spilled-value" title={`Part of ${props.anchor}'s spill (read-only)`}>
      <Show when={props.text === '…'} fallback={<span class="cell-text">{props.text}</span>}>
        <span class="cell-text spill-more">…</span>
      </Show>
    </span>
  );
}

/** The spill the selected cell is part of (not as its anchor): the anchor's reference and formula. */
export function selectedSpill(store: SheetStore): { cell: string; anchor: string; input: string } | null {
  const at = store.selection().focus;
  const s = store.spills.at(at);
  if (!s || (s.row === 0 && s.col === 0)) return null;
  return { cell: cellName(at.col, at.row), anchor: cellName(s.area.at.col, s.area.at.row), input: store.inputOf(s.area.label) };
}

/** In the formula bar: the formula a spilled cell shows, greyed, as a spreadsheet shows a spill's source. */
export function SpillSource(props: { store: SheetStore }) {
  return (
    <Show when={selectedSpill(props.store)}>
      {(s) => (
        <span
          class="spill-source"
          title={`This cell shows part of ${s().anchor}'s spill; typing here writes this cell and blocks the spill`}
        >
          <span class="spill-source-formula">{s().input}</span> <span class="spill-source-from">spilled from {s().anchor}</span>
        </span>
      )}
    </Show>
  );
}

/** In the status line: that the selected cell is part of a spill, and what typing in it does. */
export function SpillStatus(props: { store: SheetStore }) {
  return (
    <Show when={selectedSpill(props.store)}>
      {(s) => (
        <span class="status-spill">
          {s().cell} is part of {s().anchor}'s spill (read-only): typing writes {s().cell} and blocks the spill.
        </span>
      )}
    </Show>
  );
}
