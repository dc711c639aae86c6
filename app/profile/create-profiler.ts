// Owns the app's profiler: whether its panel is open, the last profile the engine gave, whether it is being
// taken, and whether the heat map is drawn over the grid. Plain signals; ProfilePanel and HeatLayer read them.

import { createSignal } from 'solid-js';
import type { WorkbookProfile } from '../../formula/profile';
import type { WorkerClient } from '../worker/client';

export type ProfileState = { kind: 'none' } | { kind: 'running' } | { kind: 'done'; profile: WorkbookProfile } | { kind: 'failed' };

export function createProfiler(client: () => WorkerClient) {
  const [open, setOpen] = createSignal(false);
  const [state, setState] = createSignal<ProfileState>({ kind: 'none' });
  const [heatOn, setHeatOn] = createSignal(true);
  let asked = 0;

  /** Recalculates the workbook under the profiler; a later run's answer replaces an earlier one's. */
  const run = async (): Promise<void> => {
    const mine = ++asked;
    setOpen(true);
    setState({ kind: 'running' });
    const profile = await client().profile();
    if (mine !== asked) return;
    setState(profile ? { kind: 'done', profile } : { kind: 'failed' });
  };

  return {
    open,
    state,
    heatOn,
    setHeatOn,
    run,
    /** The profile the heat map draws: only while the panel is open with the heat map on. */
    shownProfile: (): WorkbookProfile | null => {
      const s = state();
      return open() && heatOn() && s.kind === 'done' ? s.profile : null;
    },
    close: () => {
      asked++;
      setOpen(false);
      setState({ kind: 'none' });
    },
  };
}

export type Profiler = ReturnType<typeof createProfiler>;
