// Owns drawing the backward pass's graph as an indented tree: each node's name, shape, cell, a short
// preview of its data and of the gradient arriving at it. A shared node is drawn once with its inputs;
// where it appears again, a ↑ link steps to it.

import { For, Show } from 'solid-js';
import type { BackwardSteps } from '../../formula/inspect-backward';
import type { SheetStore } from '../state/createSheetStore';
import { CellLink } from './CellLink';
import { fullText, previewText } from './backward-model';
import { graphRows, railsOf } from './inspector-model';

export function BackwardGraph(props: {
  store: SheetStore;
  steps: BackwardSteps;
  current: number | null;
  reached: (id: number) => boolean;
  go: (id: number) => void;
}) {
  const rows = () => graphRows(props.steps.nodes);
  return (
    <ul class="insp-graph bw-graph" aria-label="Backward graph">
      <For each={rows()}>
        {(row) => {
          const node = row.node as BackwardSteps['nodes'][number];
          return (
            <li
              id={row.repeat ? undefined : `bw-node-${node.id}`}
              class="insp-graph-row bw-row"
              classList={{
                leaf: node.next.length === 0,
                repeat: row.repeat,
                current: !row.repeat && props.current === node.id,
                reached: props.reached(node.id),
              }}
              aria-current={!row.repeat && props.current === node.id ? 'step' : undefined}
            >
              <span class="insp-rails" aria-hidden="true">
                <For each={railsOf(row.prefix)}>{(rail) => <span class={`insp-rail ${rail}`} />}</For>
              </span>
              <span class="bw-body">
                <span class="bw-line">
                  <span class="insp-fn">{node.name}</span>
                  <Show when={row.repeat}>
                    <button
                      type="button"
                      class="bw-shared"
                      title="Used more than once: drawn above with its inputs; step to it"
                      onClick={() => props.go(node.id)}
                    >
                      {/* Not "shared": the toolbar's Share button must stay the only button of that name. */}↑ drawn above
                    </button>
                  </Show>
                  <Show when={props.steps.focus === node.id && !row.repeat}>
                    <span class="bw-focus">{props.steps.source.kind === 'grad-cell' ? 'x' : 'this cell'}</span>
                  </Show>
                  <span class="insp-graph-meta">
                    <Show when={node.shape.length > 0}>
                      <span class="insp-shape">{node.shape.join('×')}</span>
                    </Show>
                    <Show when={node.cell}>{(cell) => <CellLink store={props.store} label={cell()} />}</Show>
                  </span>
                </span>
                <Show when={!row.repeat}>
                  <span class="bw-line bw-data">
                    <span title={`data ${fullText(node.value)}`}>
                      <span class="bw-key">data</span> {previewText(node.value)}
                    </span>
                    <span class="bw-gradtext" title={node.grad === null ? 'no gradient reaches this node' : `grad ${fullText(node.grad)}`}>
                      <span class="bw-key">grad</span> {node.grad === null ? '—' : previewText(node.grad)}
                    </span>
                  </span>
                </Show>
              </span>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
