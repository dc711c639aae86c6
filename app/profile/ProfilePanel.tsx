// Owns the Profile panel (SPEC §14): the workbook recalculated under the autograd profiler, shown as PyTorch's
// `key_averages().table()` (one row per operation, forward and backward apart, slowest self time first), the
// slowest cells (each a button that selects it) and the switch for the heat map over the grid.

import { For, Match, Show, Switch } from 'solid-js';
import { readReference } from '../../formula/address';
import type { WorkbookProfile } from '../../formula/profile';
import type { SheetStore } from '../state/createSheetStore';
import type { Profiler } from './create-profiler';
import { formatMs } from './heat';
import './profile.css';

/** Rows the table shows: PyTorch's table is read from the top; the rest are counted. */
const ROWS_SHOWN = 40;
const CELLS_SHOWN = 10;

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in heat.ts.
export function ProfilePanel(props: { profiler: Profiler; store: SheetStore }) {
  const p = props.profiler;
  const select = (label: string) => {
    const ref = readReference(label);
    if (!ref || ref.sheet === null) return;
    const sheet = props.store.doc().sheets.find((s) => s.name === ref.sheet);
    if (!sheet) return;
    if (sheet.name !== props.store.activeSheet()) props.store.actions.showSheet(sheet.name);
    props.store.actions.select({ anchor: ref.start, focus: ref.start });
  };
  const done = (): WorkbookProfile | null => {
    const s = p.state();
    return s.kind === 'done' ? s.profile : null;
  };
  return (
    <Show when={p.open()}>
      <section class="profile" role="region" aria-label="Profile" aria-busy={p.state().kind === 'running'}>
        <div class="profile-head">
          <h2 class="profile-heading">Profile</h2>
          <button class="tool" onClick={() => void p.run()} disabled={p.state().kind === 'running'}>
            Time again
          </button>
          <button class="tool" aria-label="Close this panel" onClick={() => p.close()}>
            ×
          </button>
        </div>
        <Switch>
          <Match when={p.state().kind === 'running'}>
            <p class="profile-summary" role="status">
              Recalculating every cell with the profiler on…
            </p>
          </Match>
          <Match when={p.state().kind === 'failed'}>
            <p class="profile-summary error" role="status">
              The profile could not be taken (the engine restarted or stopped). Try again.
            </p>
          </Match>
          <Match when={done()}>
            {(profile) => (
              <>
                <p class="profile-summary" role="status">
                  {profile().cells.length.toLocaleString('en-US')} cells recalculated in {formatMs(profile().totalMs)};{' '}
                  {profile().ops.length.toLocaleString('en-US')} operations.
                </p>
                <label class="profile-heat-toggle">
                  <input type="checkbox" checked={p.heatOn()} onChange={(e) => p.setHeatOn(e.currentTarget.checked)} />
                  Heat map over the grid (time per cell)
                </label>
                <OpsTable profile={profile()} />
                <Show when={profile().cells.length > 0}>
                  <h3 class="profile-heading">Slowest cells</h3>
                  <ol class="profile-cells" aria-label="Slowest cells">
                    <For each={profile().cells.slice(0, CELLS_SHOWN)}>
                      {(c) => (
                        <li>
                          <button onClick={() => select(c.cell)}>{c.cell}</button> {formatMs(c.ms)}
                        </li>
                      )}
                    </For>
                  </ol>
                </Show>
              </>
            )}
          </Match>
        </Switch>
      </section>
    </Show>
  );
}

function OpsTable(props: { profile: WorkbookProfile }) {
  const more = () => props.profile.ops.length - ROWS_SHOWN;
  return (
    <div class="profile-table-wrap" tabindex="0" role="group" aria-label="Operations table">
      <table class="profile-table">
        <caption>
          Operations, slowest self time first{more() > 0 ? ` (the first ${ROWS_SHOWN} of ${props.profile.ops.length})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Phase</th>
            <th scope="col">Calls</th>
            <th scope="col">Self</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.profile.ops.slice(0, ROWS_SHOWN)}>
            {(r) => (
              <tr>
                <th scope="row">{r.name}</th>
                <td>{r.phase}</td>
                <td>{r.calls.toLocaleString('en-US')}</td>
                <td>{formatMs(r.selfMs)}</td>
                <td>{formatMs(r.totalMs)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
