// Owns the inspector's backward pass: which gradient it shows, the graph with each node's data and
// incoming gradient, and the Step / Back walk in autograd's order, highlighting the node, its cell
// link and its grid cell, with the node's incoming gradient shown large.

import { Show, createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { BackwardSteps } from '../../formula/inspect-backward';
import type { SheetStore } from '../state/createSheetStore';
import { BackwardGraph } from './BackwardGraph';
import { CellLink } from './CellLink';
import { currentNode, fullText, previewText, samePass, sourceText, stepOf, stepText } from './backward-model';
import { markCell } from '../grid/cell-mark';
import './backward.css';

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in backward-model.ts.
export function BackwardView(props: { store: SheetStore; steps: BackwardSteps }) {
  const [k, setK] = createSignal(0);
  const steps = () => props.steps;
  const n = () => steps().order.length;
  // Another pass (another cell or root, another graph) starts the walk again; new values for the same pass keep the step.
  createEffect(on(steps, (now, before) => setK(before !== undefined && samePass(now, before) ? Math.min(k(), n()) : 0), { defer: true }));
  const node = () => currentNode(k(), steps());
  // The grid marks the cell the step came from (app/grid/cell-mark.ts); the walk's end clears it.
  createEffect(() => markCell(node()?.cell ?? null));
  onCleanup(() => markCell(null));
  createEffect(() => {
    const id = node()?.id;
    if (id !== undefined) document.getElementById(`bw-node-${id}`)?.scrollIntoView({ block: 'nearest' });
  });
  const sheet = () => props.store.activeSheet();
  return (
    <div class="insp-section bw" role="group" aria-label="Backward pass">
      <h3 class="insp-subhead">
        Backward pass <span class="insp-caption">data and incoming gradient at every node</span>
      </h3>
      <p class="insp-caption bw-source">{sourceText(steps(), sheet())}</p>
      <Show when={steps().note}>
        {(note) => (
          <p class="insp-flag note" role="note">
            {note()}
          </p>
        )}
      </Show>
      <Show when={steps().error}>
        {(e) => (
          <p class="insp-flag warn" role="note">
            {e()}
          </p>
        )}
      </Show>
      <Show when={steps().nodes.length > 0}>
        <div class="bw-controls">
          <button type="button" class="bw-button" disabled={k() === 0} onClick={() => setK(k() - 1)}>
            Back
          </button>
          <button type="button" class="bw-button primary" disabled={k() >= n()} onClick={() => setK(k() + 1)}>
            Step
          </button>
          <span class="bw-count" aria-hidden="true">
            step {k()} of {n()}
          </span>
        </div>
        <p class="bw-status" role="status" aria-live="polite">
          {stepText(k(), steps(), sheet())}
        </p>
        <Show when={node()}>
          {(cur) => (
            <div class="bw-current" role="group" aria-label="Current step">
              <div class="bw-current-head">
                <span class="insp-fn">{cur().name}</span>
                <Show when={cur().cell}>{(cell) => <CellLink store={props.store} label={cell()} />}</Show>
                <span class="insp-caption">data {previewText(cur().value)}</span>
              </div>
              <span class="insp-caption">gradient arriving</span>
              <pre class="bw-grad" role="group" aria-label="Incoming gradient">
                {cur().grad === null ? 'none reaches this node' : fullText(cur().grad!)}
              </pre>
            </div>
          )}
        </Show>
        <BackwardGraph
          store={props.store}
          steps={steps()}
          current={node()?.id ?? null}
          reached={(id) => {
            const at = stepOf(id, steps());
            return at > 0 && at <= k();
          }}
          go={(id) => setK(stepOf(id, steps()))}
        />
        <Show when={steps().truncated}>
          <p class="insp-caption">Showing the first {steps().nodes.length} nodes.</p>
        </Show>
      </Show>
    </div>
  );
}
