// Owns one chart on screen: a <figure> with its title, the uPlot canvas, a legend naming each y cell,
// or a message saying why it cannot be drawn. New numbers go in with setData; only a change of the
// chart's cells makes a new uPlot.

import { For, Show, createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartFile } from '../state/document';
import { type ChartData, formatValue } from './chart-data';
import { CHART_HEIGHT, chartOptions } from './chart-options';
import { type ChartColors, seriesVar } from './theme';

export interface ChartProps {
  chart: ChartFile;
  data: ChartData;
  colors: () => ChartColors;
  /** Shown beside the title when the workbook has several sheets. */
  sheetTag: string | null;
  first: boolean;
  last: boolean;
  /** Scroll this chart into view once it shows its drawing or its message (it was just added). */
  reveal: boolean;
  onRevealed(): void;
  onEdit(): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

/** The event a chart's <figure> dispatches after each redraw. */
export const CHART_DRAWN = 'gradsheet-chart-drawn';

export function Chart(props: ChartProps) {
  let host!: HTMLDivElement;
  let figure!: HTMLElement;
  let plot: uPlot | null = null;
  let plotKey = '';
  const [cursor, setCursor] = createSignal<number | null>(null);

  const width = () => Math.max(160, Math.floor(host.clientWidth) || 360);

  createEffect(() => {
    const d = props.data;
    if (!d.ok) return;
    const key = JSON.stringify([d.x, d.y]);
    if (plot && key === plotKey) {
      plot.setData(d.columns as uPlot.AlignedData);
      return;
    }
    plot?.destroy();
    plotKey = key;
    setCursor(null);
    const onDraw = () => figure.dispatchEvent(new Event(CHART_DRAWN));
    plot = new uPlot(chartOptions({ width: width(), x: d.x, y: d.y, colors: props.colors, onCursor: setCursor, onDraw }), d.columns as uPlot.AlignedData, host);
  });

  createEffect(() => {
    if (!props.reveal || (!props.data.ok && props.data.pending)) return;
    const scroll = () => figure.isConnected && figure.scrollIntoView({ block: 'nearest' });
    scroll();
    // The inspector above may grow once the engine answers (a new dependent): look again after it settles.
    setTimeout(scroll, 400);
    props.onRevealed();
  });

  // Colors are functions of the theme: a redraw picks up the new ones.
  createEffect(on(props.colors, () => plot?.redraw(false), { defer: true }));

  onMount(() => {
    const observer = new ResizeObserver(() => {
      if (plot && host.clientWidth > 0 && Math.floor(host.clientWidth) !== plot.width) plot.setSize({ width: width(), height: CHART_HEIGHT });
    });
    observer.observe(host);
    onCleanup(() => observer.disconnect());
  });
  onCleanup(() => plot?.destroy());

  /** The readout of the legend: each value at the cursor's x. */
  const valueAt = (col: number): string | null => {
    const i = cursor();
    const d = props.data;
    if (i === null || !d.ok) return null;
    return formatValue(d.columns[col][i]);
  };
  const problems = () => (props.data.ok ? null : props.data);
  const drawn = () => (props.data.ok ? props.data : null);
  const title = () => props.chart.title?.trim() || props.chart.y.join(', ');

  return (
    <figure class="chart" ref={figure}>
      <div class="chart-head">
        <figcaption class="chart-title">{title()}</figcaption>
        <Show when={props.sheetTag}>{(tag) => <span class="chart-sheet">{tag()}</span>}</Show>
        <span class="chart-tools">
          <button type="button" class="chart-tool" aria-label="Edit chart" title="Edit chart" onClick={() => props.onEdit()}>✎</button>
          <button type="button" class="chart-tool" aria-label="Move chart up" title="Move up" disabled={props.first} onClick={() => props.onMove(-1)}>↑</button>
          <button type="button" class="chart-tool" aria-label="Move chart down" title="Move down" disabled={props.last} onClick={() => props.onMove(1)}>↓</button>
          <button type="button" class="chart-tool" aria-label="Remove chart" title="Remove chart" onClick={() => props.onRemove()}>✕</button>
        </span>
      </div>
      <div class="chart-plot" ref={host} hidden={!props.data.ok} />
      <Show when={problems()}>
        {(d) => (
          <Show
            when={!d().pending}
            fallback={<p class="chart-pending">Computing…</p>}
          >
            <ul class="chart-problems" role="status">
              <For each={d().problems}>{(p) => <li>{p}</li>}</For>
            </ul>
          </Show>
        )}
      </Show>
      <Show when={drawn()}>
        {(d) => (
          <>
            <ul class="chart-legend" aria-label="Legend">
              <li class="chart-legend-x">
                <span class="chart-legend-name">x = {d().x ?? 'index'}</span>
                <Show when={valueAt(0) !== null}><span class="chart-legend-value">{valueAt(0)}</span></Show>
              </li>
              <For each={d().y}>
                {(ref, i) => (
                  <li>
                    <span class="chart-swatch" style={{ background: `var(${seriesVar(i())})` }} aria-hidden="true" />
                    <span class="chart-legend-name">{ref}</span>
                    <Show when={valueAt(i() + 1) !== null}><span class="chart-legend-value">{valueAt(i() + 1)}</span></Show>
                  </li>
                )}
              </For>
            </ul>
            <For each={d().notes}>{(n) => <p class="chart-note">{n}</p>}</For>
          </>
        )}
      </Show>
    </figure>
  );
}
