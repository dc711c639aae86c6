// Owns the inspector's view of how `.grad` accumulates: each backward root that reaches x (its cell),
// its upstream v and its contribution, and their sum, which is what `x.grad` shows.

import { For, Show } from 'solid-js';
import type { Accumulation } from '../../formula/inspect-backward';
import type { SheetStore } from '../state/createSheetStore';
import { CellLink } from './CellLink';
import { previewText } from './backward-model';

export function AccumulationView(props: { store: SheetStore; acc: Accumulation }) {
  const acc = () => props.acc;
  return (
    <div class="insp-section" role="group" aria-label="Accumulation">
      <h3 class="insp-subhead">
        .grad of <CellLink store={props.store} label={acc().x} /> <span class="insp-caption">the sum over backward roots</span>
      </h3>
      <p class="insp-caption">PyTorch adds every backward() into .grad until zero_grad().</p>
      <Show when={acc().roots.length > 0} fallback={<p class="insp-none">No backward root reaches this tensor, so its .grad is zero.</p>}>
        <table class="bw-acc" aria-label="Backward roots">
          <thead>
            <tr>
              <th scope="col">root</th>
              <th scope="col">v</th>
              <th scope="col">contribution</th>
            </tr>
          </thead>
          <tbody>
            <For each={acc().roots}>
              {(r) => (
                <tr>
                  <td>
                    <CellLink store={props.store} label={r.cell} />
                  </td>
                  <td>{previewText(r.v)}</td>
                  <td>{r.error ?? (r.contribution === null ? 'none' : previewText(r.contribution, 4))}</td>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                sum = .grad
              </th>
              <td aria-label="Sum">{acc().sum === null ? 'zeros' : previewText(acc().sum!, 4)}</td>
            </tr>
          </tfoot>
        </table>
      </Show>
      <Show when={acc().truncated}>
        <p class="insp-caption">Listing the first {acc().roots.length} roots; the sum is over all of them.</p>
      </Show>
      <Show when={acc().unrelated > 0}>
        <p class="insp-caption">
          {acc().unrelated} other backward root{acc().unrelated === 1 ? '' : 's'} do{acc().unrelated === 1 ? 'es' : ''} not reach it.
        </p>
      </Show>
    </div>
  );
}
