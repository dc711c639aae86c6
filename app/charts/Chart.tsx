// Owns one chart on screen: a <figure> with its title, the uPlot canvas, a legend naming each y cell,
// or a message saying why it cannot be drawn; its zoom (drag, Shift+drag to pan, double-click or
// "Reset zoom") and its log-scale toggle. New numbers go in with setData, keeping the zoom; only a
// change of the chart's cells, labels or scale makes a new uPlot.

import { For, Show, createEffect, createSignal, on, onCleanup, onMount, untrack } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartFile } from '../state/document';
import { type ChartData, formatValue } from './chart-data';
import { CHART_HEIGHT, chartOptions } from './chart-options';
import { type Range, attachPan, extentOf, isZoomed } from './chart-zoom';
import { type ChartColors, seriesVar } from './theme';

export interface ChartProps {
  chart: ChartFile;
  data: ChartData;
  /** What x (null: the index) and each y cell are called. */
  labels: { x: string | null; y: string[] };
  colors: () => ChartColors;
  first: boolean;
  last: boolean;
  /** Scroll this chart into view once it shows its drawing or its message (it was just added). */
  reveal: boolean;
  onRevealed(): void;
  onEdit(): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  onToggleLog(): void;
}

/** The event a chart's <figure> dispatches after each redraw. */
export const CHART_DRAWN = 'gradsheet-chart-drawn';

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function Chart(props: ChartProps) {
  let host!: HTMLDivElement;
  let figure!: HTMLElement;
  let plot: uPlot | null = null;
  let plotKey = '';
  let detachPan = () => {};
  let extent: Range | null = null;
  const [cursor, setCursor] = createSignal<number | null>(null);
  /** The x range shown while zoomed in; null when the whole data is shown. */
  const [zoom, setZoom] = createSignal<Range | null>(null);
  const log = () => props.chart.yScale === 'log';

  const width = () => Math.max(160, Math.floor(host.clientWidth) || 360);
  const destroy = () => {
    detachPan();
    plot?.destroy();
    plot = null;
  };

  createEffect(() => {
    const d = props.data;
    if (!d.ok) return;
    const labels = props.labels;
    extent = extentOf(d.columns[0]);
    const key = JSON.stringify([d.x, d.y, labels, log()]);
    if (plot && key === plotKey) {
      // setData rescales to the whole data; a zoomed chart stays zoomed while its numbers change.
      const kept = untrack(zoom);
      plot.setData(d.columns as uPlot.AlignedData);
      if (kept) plot.setScale('x', kept);
      return;
    }
    destroy();
    plotKey = key;
    setCursor(null);
    setZoom(null);
    const onDraw = () => figure.dispatchEvent(new Event(CHART_DRAWN));
    const onScale = (r: Range) => setZoom(isZoomed(r, extent) ? r : null);
    const options = chartOptions({
      width: width(),
      x: labels.x,
      y: labels.y,
      log: log(),
      colors: props.colors,
      onCursor: setCursor,
      onDraw,
      onScale,
    });
    plot = new uPlot(options, d.columns as uPlot.AlignedData, host);
    detachPan = attachPan(plot, () => extent);
  });

  const resetZoom = () => extent && plot?.setScale('x', extent);

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
      if (plot && host.clientWidth > 0 && Math.floor(host.clientWidth) !== plot.width)
        plot.setSize({ width: width(), height: CHART_HEIGHT });
    });
    observer.observe(host);
    onCleanup(() => observer.disconnect());
  });
  onCleanup(destroy);

  /** The readout of the legend: each value at the cursor's x. */
  const valueAt = (col: number): string | null => {
    const i = cursor();
    const d = props.data;
    if (i === null || !d.ok) return null;
    return formatValue(d.columns[col][i]);
  };
  const problems = () => (props.data.ok ? null : props.data);
  const drawn = () => (props.data.ok ? props.data : null);
  const title = () => props.chart.title?.trim() || props.labels.y.join(', ');

  return (
    <figure class="chart" ref={figure}>
      <div class="chart-head">
        <figcaption class="chart-title">{title()}</figcaption>
        <span class="chart-tools">
          <Show when={zoom()}>
            <button type="button" class="chart-tool chart-tool-text" title="Show all of x (or double-click the chart)" onClick={resetZoom}>
              Reset zoom
            </button>
          </Show>
          <button
            type="button"
            class="chart-tool chart-tool-text"
            aria-label="Log scale"
            aria-pressed={log()}
            title={log() ? 'Linear y scale' : 'Logarithmic y scale (values ≤ 0 are left out)'}
            onClick={() => props.onToggleLog()}
          >
            log
          </button>
          <button type="button" class="chart-tool" aria-label="Edit chart" title="Edit chart" onClick={() => props.onEdit()}>
            ✎
          </button>
          <button
            type="button"
            class="chart-tool"
            aria-label="Move chart up"
            title="Move up"
            disabled={props.first}
            onClick={() => props.onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            class="chart-tool"
            aria-label="Move chart down"
            title="Move down"
            disabled={props.last}
            onClick={() => props.onMove(1)}
          >
            ↓
          </button>
          <button type="button" class="chart-tool" aria-label="Remove chart" title="Remove chart" onClick={() => props.onRemove()}>
            ✕
          </button>
        </span>
      </div>
      <div class="chart-plot" ref={host} hidden={!props.data.ok} />
      <Show when={zoom() && props.data.ok}>
        <p class="chart-note">Zoomed in: Shift+drag pans, double-click shows all.</p>
      </Show>
      <Show when={problems()}>
        {(d) => (
          <Show when={!d().pending} fallback={<p class="chart-pending">Computing…</p>}>
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
                <span class="chart-legend-name" title={d().x ?? undefined}>
                  x = {props.labels.x ?? 'index'}
                </span>
                <Show when={valueAt(0) !== null}>
                  <span class="chart-legend-value">{valueAt(0)}</span>
                </Show>
              </li>
              <For each={d().y}>
                {(ref, i) => (
                  <li>
                    <span class="chart-swatch" style={{ background: `var(${seriesVar(i())})` }} aria-hidden="true" />
                    <span class="chart-legend-name" title={ref}>
                      {props.labels.y[i()] ?? ref}
                    </span>
                    <Show when={valueAt(i() + 1) !== null}>
                      <span class="chart-legend-value">{valueAt(i() + 1)}</span>
                    </Show>
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
