// Owns the chart panel: the charts of the active sheet (each chart belongs to one sheet), adding and
// editing them, "Plot f and df/dx" for the selected cell, and the selected cell's slider settings.

import { For, Show, createMemo, createSignal } from 'solid-js';
import { COLS, rect } from '../grid/geometry';
import type { SheetStore } from '../state/createSheetStore';
import { type ChartFile, sliderAt, splitLabel } from '../state/document';
import type { WorkerClient } from '../worker/client';
import { Chart } from './Chart';
import { ChartForm } from './ChartForm';
import { type CellLookup, chartData, sameChartData } from './chart-data';
import { fieldsFromSelection, fieldsOf } from './chart-form';
import { isPlottable1D, planDerivative, staticPrecedents } from './plot-derivative';
import { type LabelLookup, chartLabels } from './series-labels';
import { chartsOnSheet, neighbourOnSheet } from './sheet-charts';
import { scalarOf } from './slider';
import { SliderForm } from './SliderForm';
import { createChartColors } from './theme';
import './charts.css';

type Form = { kind: 'add' } | { kind: 'edit'; index: number } | { kind: 'slider' } | null;

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((s, i) => s === b[i]);
const sameChart = (a: ChartFile, b: ChartFile) => a.sheet === b.sheet && a.x === b.x && sameList(a.y, b.y);

/** The chart with a log y scale, or with the default linear one (written as no `yScale`). */
function withScale(chart: ChartFile, scale: 'log' | null): ChartFile {
  const { yScale: _, ...rest } = chart;
  return scale ? { ...rest, yScale: scale } : rest;
}

export interface ChartPanelProps {
  store: SheetStore;
  /** The engine, asked for a cell's precedents; without it they are read from the formula's text. */
  client?: () => WorkerClient;
}

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function ChartPanel(props: ChartPanelProps) {
  const store = props.store;
  const colors = createChartColors();
  const [form, setForm] = createSignal<Form>(null);
  const [message, setMessage] = createSignal<{ text: string; error: boolean } | null>(null);

  // Charts depend on the sheet list, not on every edit of the document.
  const sheetNames = createMemo(() => store.doc().sheets.map((s) => s.name), undefined, { equals: sameList });
  const cells: CellLookup = {
    view: (label) => store.values[label],
    input: (label) => store.inputOf(label),
    sheetName: (name) => sheetNames().find((n) => n.toLowerCase() === name.toLowerCase()) ?? null,
  };
  const labelLookup: LabelLookup = {
    get names() {
      return store.doc().names;
    },
    text: (label) => {
      const v = store.values[label];
      return v?.kind === 'text' ? v.text : null;
    },
    sheetName: cells.sheetName,
  };
  const shown = createMemo(() => chartsOnSheet(store.doc().charts, store.activeSheet()), undefined, {
    equals: (a, b) => a.length === b.length && a.every((n, i) => n === b[i]),
  });

  const active = () => store.activeLabel();
  const activeCell = () => splitLabel(active()).cell;
  const canPlot = () => isPlottable1D(store.values[active()]);
  /** The selected cells as chart fields for a chart on `sheet`. */
  const selection = (sheet: string) => {
    const on = store.activeSheet();
    return fieldsFromSelection(rect(store.selection().anchor, store.selection().focus), on === sheet ? null : on);
  };

  /** Whether the selection is worth proposing in a new chart: several cells, or one holding a 1-D tensor. */
  const selectionIsChartable = () => {
    const { anchor, focus } = store.selection();
    return anchor.col !== focus.col || anchor.row !== focus.row || canPlot();
  };

  const plotDerivative = async () => {
    const f = active();
    setMessage(null);
    const { sheet } = splitLabel(f);
    const info = props.client ? await props.client().inspect(f) : null;
    const precedents = info?.precedents ?? staticPrecedents(sheet, store.inputOf(f), store.doc().names);
    const plan = planDerivative(f, cells, precedents, COLS);
    if ('error' in plan) {
      setMessage({ text: plan.error, error: true });
      return;
    }
    let index = store.doc().charts.findIndex((c) => sameChart(c, plan.chart));
    store.actions.transaction(() => {
      if (plan.write) store.actions.setInputs([[plan.gradLabel, plan.formula]]);
      if (index < 0) {
        store.actions.addChart(plan.chart);
        index = store.doc().charts.length - 1;
      }
    });
    reveal(index);
    const g = splitLabel(plan.gradLabel).cell;
    setMessage({ text: `${plan.write ? 'Wrote' : 'Using'} df/dx in ${g}: ${plan.formula}`, error: false });
  };

  /** The chart to scroll into view once drawn: a new chart may sit below the inspector. */
  const [revealAt, reveal] = createSignal<number | null>(null);

  const toggle = (f: Exclude<Form, null>) => {
    setMessage(null);
    const now = form();
    setForm(now && now.kind === f.kind ? null : f);
  };

  const sliderOfActive = () => sliderAt(store.doc(), active());

  /** A chart of the active sheet, drawn: its numbers and labels follow the cells. `index` is its place in the workbook. */
  const DrawnChart = (p: { chart: ChartFile; index: number }) => {
    const data = createMemo(() => chartData(p.chart, cells), undefined, { equals: sameChartData });
    const labels = createMemo(() => chartLabels(p.chart, labelLookup), undefined, {
      equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    });
    const move = (d: -1 | 1) => {
      const to = neighbourOnSheet(store.doc().charts, p.index, d);
      if (to !== null) store.actions.moveChart(p.index, to);
    };
    return (
      <Chart
        chart={p.chart}
        data={data()}
        labels={labels()}
        colors={colors}
        first={shown()[0] === p.index}
        last={shown()[shown().length - 1] === p.index}
        reveal={revealAt() === p.index}
        onRevealed={() => reveal(null)}
        onEdit={() => toggle({ kind: 'edit', index: p.index })}
        onMove={move}
        onRemove={() => store.actions.removeChart(p.index)}
        onToggleLog={() => store.actions.updateChart(p.index, withScale(p.chart, p.chart.yScale === 'log' ? null : 'log'))}
      />
    );
  };

  return (
    <section class="charts" aria-label="Charts">
      <div class="charts-head">
        <h2 class="charts-heading">Charts</h2>
        <span class="spacer" />
        <button type="button" class="chart-button" aria-expanded={form()?.kind === 'add'} onClick={() => toggle({ kind: 'add' })}>
          Add chart
        </button>
        <button
          type="button"
          class="chart-button"
          disabled={!canPlot()}
          title={canPlot() ? `Chart ${activeCell()} and its gradient against its x` : 'Select a cell holding a 1-D tensor'}
          onClick={() => void plotDerivative()}
        >
          Plot f and df/dx
        </button>
        <button type="button" class="chart-button" aria-expanded={form()?.kind === 'slider'} onClick={() => toggle({ kind: 'slider' })}>
          Slider
        </button>
      </div>

      <Show when={message()}>
        {(m) => (
          <p class={m().error ? 'charts-message error' : 'charts-message'} role="status">
            {m().text}
          </p>
        )}
      </Show>

      <Show when={form()?.kind === 'add'}>
        <ChartForm
          mode="add"
          sheet={store.activeSheet()}
          initial={{ ...(selectionIsChartable() ? selection(store.activeSheet()) : { x: '', y: '' }), title: '' }}
          fromSelection={() => selection(store.activeSheet())}
          onSubmit={(chart) => {
            store.actions.addChart(chart);
            setForm(null);
            reveal(store.doc().charts.length - 1);
          }}
          onCancel={() => setForm(null)}
        />
      </Show>

      <Show when={form()?.kind === 'slider' && active()} keyed>
        {(label) => (
          <SliderForm
            cell={splitLabel(label).cell}
            value={scalarOf(store.inputOf(label))}
            slider={sliderOfActive()}
            onApply={(s) => store.actions.setSlider(label, s)}
            onRemove={() => store.actions.setSlider(label, null)}
            onClose={() => setForm(null)}
          />
        )}
      </Show>

      <Show when={shown().length === 0 && form() === null}>
        <p class="charts-empty">
          No charts on this sheet yet. Select cells holding 1-D tensors (x first) and choose <b>Add chart</b>, or select a function of x and
          choose <b>Plot f and df/dx</b>.
        </p>
      </Show>

      <For each={store.doc().charts}>
        {(chart, i) => {
          const editing = () => {
            const f = form();
            return f?.kind === 'edit' && f.index === i();
          };
          // Charts of other sheets stay in the list (so their order is kept) but make nothing until shown.
          return (
            <Show when={shown().includes(i())}>
              <Show when={editing()} fallback={<DrawnChart chart={chart} index={i()} />}>
                <div class="chart chart-editing">
                  <ChartForm
                    mode="edit"
                    sheet={chart.sheet}
                    initial={fieldsOf(chart)}
                    fromSelection={() => selection(chart.sheet)}
                    onSubmit={(next) => {
                      store.actions.updateChart(i(), withScale(next, chart.yScale === 'log' ? 'log' : null));
                      setForm(null);
                    }}
                    onCancel={() => setForm(null)}
                  />
                </div>
              </Show>
            </Show>
          );
        }}
      </For>
    </section>
  );
}
