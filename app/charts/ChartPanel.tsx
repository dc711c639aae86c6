// Owns the chart panel: every chart of the workbook (each with its own sheet's cells), adding and
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
import { scalarOf } from './slider';
import { SliderForm } from './SliderForm';
import { createChartColors } from './theme';
import './charts.css';

type Form = { kind: 'add' } | { kind: 'edit'; index: number } | { kind: 'slider' } | null;

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((s, i) => s === b[i]);
const sameChart = (a: ChartFile, b: ChartFile) => a.sheet === b.sheet && a.x === b.x && sameList(a.y, b.y);

export interface ChartPanelProps {
  store: SheetStore;
  /** The engine, asked for a cell's precedents; without it they are read from the formula's text. */
  client?: () => WorkerClient;
}

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

      <Show when={store.doc().charts.length === 0 && form() === null}>
        <p class="charts-empty">
          No charts yet. Select cells holding 1-D tensors (x first) and choose <b>Add chart</b>, or select a function of x and choose <b>Plot f and df/dx</b>.
        </p>
      </Show>

      <For each={store.doc().charts}>
        {(chart, i) => {
          const data = createMemo(() => chartData(chart, cells), undefined, { equals: sameChartData });
          const editing = () => {
            const f = form();
            return f?.kind === 'edit' && f.index === i();
          };
          return (
            <Show
              when={editing()}
              fallback={
                <Chart
                  chart={chart}
                  data={data()}
                  colors={colors}
                  sheetTag={sheetNames().length > 1 ? chart.sheet : null}
                  first={i() === 0}
                  last={i() === store.doc().charts.length - 1}
                  reveal={revealAt() === i()}
                  onRevealed={() => reveal(null)}
                  onEdit={() => toggle({ kind: 'edit', index: i() })}
                  onMove={(d) => store.actions.moveChart(i(), i() + d)}
                  onRemove={() => store.actions.removeChart(i())}
                />
              }
            >
              <div class="chart chart-editing">
                <ChartForm
                  mode="edit"
                  sheet={chart.sheet}
                  initial={fieldsOf(chart)}
                  fromSelection={() => selection(chart.sheet)}
                  onSubmit={(next) => {
                    store.actions.updateChart(i(), next);
                    setForm(null);
                  }}
                  onCancel={() => setForm(null)}
                />
              </div>
            </Show>
          );
        }}
      </For>
    </section>
  );
}
