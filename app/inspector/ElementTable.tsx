// Owns the inspector's table of a tensor's elements with their indices: (index, value) rows for 1-D,
// rows × columns for 2-D, multi-indices for higher ranks. Virtualized, and only the window in view is
// fetched from the worker, so a tensor of any size scrolls at the cost of the rows on screen.

import { For, createEffect, createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import type { ElementPage, ElementWindow } from '../../formula/inspect';
import type { NumberFormat } from '../grid/number-format';
import { elementText } from '../grid/tensor-text';
import { axisWindow, indexLabel, tableLayout } from './element-table';

const ROW_H = 22;
const COL_W = 92;
const range = (first: number, last: number): number[] => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);

export interface ElementTableProps {
  /** The cell, for the table's name (`A1`). */
  name: string;
  label: string;
  shape: number[];
  format: NumberFormat | null;
  /** Changes whenever the cell's value may have changed: the table fetches its window again. */
  version: unknown;
  fetch(label: string, window: ElementWindow): Promise<ElementPage | null>;
}

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function ElementTable(props: ElementTableProps) {
  let scroller!: HTMLDivElement;
  const [view, setView] = createSignal({ top: 0, left: 0, width: 320, height: 240 });
  const measure = () =>
    setView({ top: scroller.scrollTop, left: scroller.scrollLeft, width: scroller.clientWidth, height: scroller.clientHeight });
  onMount(() => {
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    onCleanup(() => observer.disconnect());
  });

  const layout = () => tableLayout(props.shape);
  const matrix = () => layout().mode === 'matrix';
  // The index column fits the longest index it shows (a multi-index is wider).
  const indexW = () => Math.max(56, 16 + 7.5 * indexLabel(Math.max(0, layout().rows - 1), matrix() ? [layout().rows] : props.shape).length);
  const rows = createMemo(() => axisWindow(view().top, view().height - ROW_H, layout().rows, ROW_H));
  const cols = createMemo(() =>
    matrix() ? axisWindow(view().left, view().width - indexW(), layout().cols, COL_W) : { first: 0, last: 0, extent: 0, base: 0 },
  );

  const [page, setPage] = createSignal<ElementPage | null>(null);
  let latest = 0;
  const window = createMemo(
    () => ({ row: rows().first, rows: rows().last - rows().first + 1, col: cols().first, cols: cols().last - cols().first + 1 }),
    undefined,
    { equals: (a, b) => a.row === b.row && a.rows === b.rows && a.col === b.col && a.cols === b.cols },
  );
  createEffect(() => {
    const w = window();
    const label = props.label;
    void props.version;
    const id = ++latest;
    void props.fetch(label, w).then((p) => id === latest && setPage(p));
  });

  /** The element's text, or empty while its window is on its way. */
  const valueAt = (row: number, col: number): string => {
    const p = page();
    if (!p || p.label !== props.label || row < p.row || row >= p.row + p.rows || col < p.col || col >= p.col + p.cols) return '';
    return elementText(p.data[(row - p.row) * p.cols + (col - p.col)], p.kind, props.format);
  };
  const rowTop = (i: number) => `${ROW_H + rows().base + i * ROW_H}px`;
  const colLeft = (j: number) => `${indexW() + cols().base + j * COL_W}px`;

  return (
    <div
      ref={scroller}
      class="elements"
      classList={{ matrix: matrix() }}
      role="table"
      aria-label={`Elements of ${props.name}`}
      aria-rowcount={layout().rows + 1}
      aria-colcount={matrix() ? layout().cols + 1 : 2}
      tabindex="0"
      // As tall as its rows, up to 240 px (a matrix leaves room for its horizontal scrollbar).
      style={{
        '--index-w': `${indexW()}px`,
        '--col-w': `${COL_W}px`,
        '--row-h': `${ROW_H}px`,
        height: `${Math.min(240, ROW_H * (layout().rows + 1) + (matrix() ? 14 : 2))}px`,
      }}
      onScroll={measure}
      onKeyDown={(ev) => {
        // Home and End jump to the first and the last element at once (the browser's own would animate).
        if (ev.key !== 'Home' && ev.key !== 'End') return;
        ev.preventDefault();
        scroller.scrollTop = ev.key === 'Home' ? 0 : scroller.scrollHeight;
        if (ev.key === 'Home') scroller.scrollLeft = 0;
        measure();
      }}
    >
      <div
        class="elements-content"
        style={{ height: `${ROW_H + rows().extent}px`, width: matrix() ? `${indexW() + cols().extent}px` : '100%' }}
      >
        <div class="elements-head" role="row" aria-rowindex="1" style={{ top: `${view().top}px` }}>
          <span class="elements-corner" role="columnheader" style={{ left: `${view().left}px` }}>
            {matrix() ? 'i \\ j' : 'index'}
          </span>
          {matrix() ? (
            <For each={range(cols().first, cols().last)}>
              {(j) => (
                <span class="elements-colhead" role="columnheader" aria-colindex={j + 2} style={{ left: colLeft(j) }}>
                  {j}
                </span>
              )}
            </For>
          ) : (
            <span class="elements-valuehead" role="columnheader">
              value
            </span>
          )}
        </div>
        <For each={range(rows().first, rows().last)}>
          {(i) => (
            <div class="elements-row" role="row" aria-rowindex={i + 2} style={{ top: rowTop(i) }}>
              <span class="elements-index" role="rowheader" style={{ left: `${view().left}px` }}>
                {matrix() ? i : indexLabel(i, props.shape)}
              </span>
              {matrix() ? (
                <For each={range(cols().first, cols().last)}>
                  {(j) => (
                    <span class="elements-value" role="cell" aria-colindex={j + 2} style={{ left: colLeft(j) }}>
                      {valueAt(i, j)}
                    </span>
                  )}
                </For>
              ) : (
                <span class="elements-value" role="cell">
                  {valueAt(i, 0)}
                </span>
              )}
            </div>
          )}
        </For>
      </div>
    </div>
  );
}
