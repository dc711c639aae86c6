// Owns drawing a computation graph as an indented tree: each node's name, the cell it belongs to
// (a link that selects it) and its shape.

import { For, Show } from 'solid-js';
import type { GraphNode } from '../../formula/inspect';
import type { SheetStore } from '../state/createSheetStore';
import { CellLink } from './CellLink';
import { graphRows, railsOf } from './inspector-model';

export function GraphTree(props: { store: SheetStore; nodes: GraphNode[]; label: string }) {
  const rows = () => graphRows(props.nodes);
  return (
    <ul class="insp-graph" aria-label={props.label}>
      <For each={rows()}>
        {(row) => (
          <li class="insp-graph-row" classList={{ leaf: row.node.next.length === 0, repeat: row.repeat }}>
            <span class="insp-rails" aria-hidden="true">
              <For each={railsOf(row.prefix)}>{(rail) => <span class={`insp-rail ${rail}`} />}</For>
            </span>
            <span class="insp-fn">{row.node.name}</span>
            <Show when={row.repeat}>
              <span class="insp-repeat" title="Shared: drawn above with its inputs">
                ↑
              </span>
            </Show>
            <span class="insp-graph-meta">
              <Show when={row.node.shape.length > 0}>
                <span class="insp-shape">{row.node.shape.join('×')}</span>
              </Show>
              <Show when={row.node.cell}>{(cell) => <CellLink store={props.store} label={cell()} />}</Show>
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}
