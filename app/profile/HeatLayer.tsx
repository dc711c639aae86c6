// Owns the profiler's heat map over the grid: each profiled cell of the sheet shown tinted by its share of
// the slowest cell's time. Drawn inside the grid's content so it scrolls with the cells; never takes the
// pointer; hidden from assistive technology, which reads the same times in the Profile panel's table.

import { For, createMemo } from 'solid-js';
import type { WorkbookProfile } from '../../formula/profile';
import { HEADER_HEIGHT, ROW_HEIGHT } from '../grid/geometry';
import { formatMs, heatCells } from './heat';
import './profile.css';

export function HeatLayer(props: { profile: () => WorkbookProfile | null; sheet: string; x(col: number): number }) {
  const cells = createMemo(() => {
    const p = props.profile();
    return p ? heatCells(p.cells, props.sheet) : [];
  });
  return (
    <For each={cells()}>
      {(c) => (
        <div
          class="heat-cell"
          aria-hidden="true"
          data-heat-ref={`${c.col},${c.row}`}
          title={formatMs(c.ms)}
          style={{
            left: `${props.x(c.col)}px`,
            top: `${HEADER_HEIGHT + c.row * ROW_HEIGHT}px`,
            width: `${props.x(c.col + 1) - props.x(c.col)}px`,
            height: `${ROW_HEIGHT}px`,
            '--heat': String(c.heat),
          }}
        />
      )}
    </For>
  );
}
