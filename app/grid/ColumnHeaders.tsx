// Owns the column headers: the letters over the shown columns at their widths, the selection shown on them,
// and the right border a user drags to resize a column or double-clicks to fit it to its content.

import { For } from 'solid-js';
import { columnName } from '../../formula/address';
import { type ColumnLayout, ROW_HEADER_WIDTH, type rect } from './geometry';
import './headers.css';

export interface ColumnHeadersProps {
  cols: number[];
  layout: ColumnLayout;
  selected: ReturnType<typeof rect>;
  /** The selection spans every row, so its columns are selected whole. */
  whole: boolean;
  /** A drag step (`done` false) or its end (`done` true) asking for a column's width. */
  resize(col: number, width: number, done: boolean): void;
  autofit(col: number): void;
}

export function ColumnHeaders(props: ColumnHeadersProps) {
  const startResize = (ev: PointerEvent, col: number) => {
    if (ev.button !== 0) return;
    ev.preventDefault();
    ev.stopPropagation();
    const handle = ev.currentTarget as HTMLElement;
    handle.setPointerCapture(ev.pointerId);
    const x0 = ev.clientX;
    const w0 = props.layout.width(col);
    const move = (e: PointerEvent) => props.resize(col, w0 + e.clientX - x0, false);
    const up = (e: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      props.resize(col, w0 + e.clientX - x0, true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  };
  return (
    <div class="grid-colheads" role="row" aria-rowindex="1">
      <div class="grid-corner" role="columnheader" aria-colindex="1">
        <span class="visually-hidden">Row</span>
      </div>
      <For each={props.cols}>
        {(c) => {
          const inSel = () => c >= props.selected.left && c <= props.selected.right;
          return (
            <div
              class="grid-colhead"
              classList={{ 'in-selection': inSel(), selected: inSel() && props.whole }}
              role="columnheader"
              aria-colindex={c + 2}
              aria-selected={inSel() && props.whole}
              data-colhead={c}
              style={{ left: `${ROW_HEADER_WIDTH + props.layout.offset(c)}px`, width: `${props.layout.width(c)}px` }}
            >
              {columnName(c)}
              <div
                class="grid-colresize"
                aria-hidden="true"
                onPointerDown={(ev) => startResize(ev, c)}
                onDblClick={() => props.autofit(c)}
              />
            </div>
          );
        }}
      </For>
    </div>
  );
}
