// Owns the inspector panel for the selected cell: its input, the value as PyTorch prints it, the
// tensor's autograd properties, the computation graph, where a NaN or an error began, and the cells
// it reads and that read it (each a link that selects that cell).

import { For, Show } from 'solid-js';
import type { InspectInfo } from '../../formula/inspect';
import type { SheetStore } from '../state/createSheetStore';
import type { WorkerClient } from '../worker/client';
import { CellLink } from './CellLink';
import { createInspection } from './create-inspection';
import { AccumulationView } from './AccumulationView';
import { BackwardView } from './BackwardView';
import { GraphTree } from './GraphTree';
import { kindText, shortLabel, tensorProps } from './inspector-model';
import { SpilledCellNote, TensorSections } from './TensorSections';
import './inspector.css';

export function Inspector(props: { store: SheetStore; client: () => WorkerClient }) {
  const store = props.store;
  const inspection = createInspection({
    label: () => store.activeLabel(),
    view: (label) => store.values[label],
    tick: () => store.lastMs(),
    inspect: (label) => props.client().inspect(label),
  });
  // The answer shown belongs to the selected cell; while a new one is on its way the old one stays.
  const info = () => {
    const i = inspection.info();
    return i && i.label === store.activeLabel() ? i : null;
  };
  const input = () => store.inputOf(store.activeLabel());

  return (
    <section class="inspector" role="region" aria-label="Inspector" aria-busy={inspection.pending()}>
      <div class="insp-head">
        <h2 class="insp-heading">Inspector</h2>
        <span class="insp-label">{shortLabel(store.activeLabel(), store.activeSheet())}</span>
        <Show when={info()}>{(i) => <span class="insp-kind">{kindText(i().json)}</span>}</Show>
      </div>
      <Show
        when={input() !== ''}
        fallback={
          <Show
            when={store.spills.at(store.selection().focus)}
            fallback={
              <p class="insp-hint">
                Empty cell. Type a number, text, or a formula such as <code>=torch.ones(2, 2, requires_grad=True)</code>; its value,
                gradient graph and links show here.
              </p>
            }
          >
            <SpilledCellNote store={store} />
          </Show>
        }
      >
        <code class="insp-input" title="Input">
          {input()}
        </code>
        <Show when={info()}>{(i) => <Details store={store} info={i()} client={props.client} />}</Show>
      </Show>
    </section>
  );
}

/**
 * The repr's lines, each keeping its newline so the text copies exactly. Each is drawn as a block that
 * wraps with a hanging indent: the panel is narrower than PyTorch's 80 columns, and a suffix such as
 * grad_fn must not hide past the edge.
 */
const reprLines = (repr: string): string[] => repr.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
function Details(props: { store: SheetStore; info: InspectInfo; client: () => WorkerClient }) {
  const json = () => props.info.json;
  const error = () => {
    const j = json();
    return j.kind === 'error' ? j : null;
  };
  const tensor = () => {
    const j = json();
    return j.kind === 'tensor' ? j : null;
  };
  return (
    <>
      <Show
        when={error()}
        fallback={
          <pre class="insp-repr" aria-label="PyTorch repr" tabindex="0">
            <For each={reprLines(props.info.repr)}>{(line) => <span class="insp-repr-line">{line}</span>}</For>
          </pre>
        }
      >
        {(e) => (
          <div class="insp-error" role="note">
            <span class="insp-error-code">{e().code}</span> {e().message}
            <Show when={e().origin && e().origin !== props.info.label}>
              <span class="insp-from">
                began in <CellLink store={props.store} label={e().origin!} />
              </span>
            </Show>
          </div>
        )}
      </Show>

      <Show when={tensorProps(json()).length > 0}>
        <dl class="insp-props">
          <For each={tensorProps(json())}>
            {([key, value]) => (
              <div class="insp-prop">
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            )}
          </For>
        </dl>
      </Show>

      <TensorSections store={props.store} client={props.client} info={props.info} />

      <Show when={tensor()?.nonfinite}>
        {(nf) => (
          <p class="insp-flag warn" role="note">
            <span aria-hidden="true">⚠</span> Holds NaN or ±inf, first produced by <code>{nf().op}</code>
            <Show when={nf().cell && nf().cell !== props.info.label ? nf().cell : null} fallback={<> in this cell.</>}>
              {(cell) => (
                <>
                  {' '}
                  in <CellLink store={props.store} label={cell()} />
                </>
              )}
            </Show>
          </p>
        )}
      </Show>
      <Show when={tensor()?.note}>
        {(note) => (
          <p class="insp-flag note" role="note">
            {note()}
          </p>
        )}
      </Show>

      <Show when={props.info.graph.length > 0}>
        <div class="insp-section">
          <h3 class="insp-subhead">
            Graph <span class="insp-caption">grad_fn → next_functions</span>
          </h3>
          <GraphTree store={props.store} nodes={props.info.graph} label="Computation graph" />
          <Show when={props.info.truncated}>
            <p class="insp-caption">Showing the first {props.info.graph.length} nodes.</p>
          </Show>
        </div>
      </Show>
      <Show when={props.info.history}>
        {(h) => (
          <div class="insp-section">
            <h3 class="insp-subhead">
              Recorded history <span class="insp-caption">not a PyTorch graph</span>
            </h3>
            <p class="insp-caption">
              requires_grad is False, so PyTorch keeps no graph here. These are the operations <code>grad(y, x)</code> follows to a cell x.
            </p>
            <GraphTree store={props.store} nodes={h().nodes} label="Recorded history" />
            <Show when={h().truncated}>
              <p class="insp-caption">Showing the first {h().nodes.length} nodes.</p>
            </Show>
          </div>
        )}
      </Show>

      <Show when={props.info.accumulation}>{(acc) => <AccumulationView store={props.store} acc={acc()} />}</Show>
      <Show when={props.info.backward}>{(steps) => <BackwardView store={props.store} steps={steps()} />}</Show>

      <div class="insp-section insp-links">
        <LinkList store={props.store} title="Precedents" labels={props.info.precedents} />
        <LinkList store={props.store} title="Dependents" labels={props.info.dependents} />
      </div>
    </>
  );
}

function LinkList(props: { store: SheetStore; title: string; labels: string[] }) {
  return (
    <div class="insp-link-row">
      <h3 class="insp-subhead">{props.title}</h3>
      <Show when={props.labels.length > 0} fallback={<span class="insp-none">none</span>}>
        <ul class="insp-link-list" aria-label={props.title}>
          <For each={props.labels}>
            {(label) => (
              <li>
                <CellLink store={props.store} label={label} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
