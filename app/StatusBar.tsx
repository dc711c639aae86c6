// Owns the status line: what is computing (with a button that stops it), the last recalculation time,
// and a report of any bug of ours.

import { Show } from 'solid-js';
import type { SheetStore } from './state/createSheetStore';
import { SpillStatus } from './grid/SpillLayer';

export function StatusBar(props: { store: SheetStore }) {
  const store = props.store;
  return (
    <div class="status-bar" role="status" aria-live="polite">
      <Show when={store.busy()} fallback={<span class="status-idle">Recalculated in {store.lastMs().toFixed(1)} ms</span>}>
        <span class="status-busy">Computing…</span>
        <button class="cancel" onClick={() => store.actions.cancel()}>
          Cancel
        </button>
      </Show>
      <Show when={store.stopped().length > 0 && !store.busy()}>
        <span class="status-stopped">Stopped {store.stopped().join(', ')}: edit to run again.</span>
      </Show>
      <SpillStatus store={store} />
      <Show when={store.bug()}>
        <span class="status-bug" role="alert">
          Internal error (the sheet is still usable): {store.bug()}
        </span>
      </Show>
    </div>
  );
}
