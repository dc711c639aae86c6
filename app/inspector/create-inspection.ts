// Owns keeping the inspected cell's InspectInfo current: it asks the engine again whenever the
// selection moves or a new value arrives for the cell, and keeps only the answer to the latest question.

import { type Accessor, createEffect, createSignal } from 'solid-js';
import type { InspectInfo } from '../../formula/inspect';
import type { CellView } from '../worker/cell-view';
import { trackView } from './inspector-model';

export interface InspectionSource {
  /** The selected cell's label (`Sheet1!A1`). */
  label(): string;
  /** The cell's current view as the worker sent it. */
  view(label: string): CellView | undefined;
  /** Changes whenever the worker answers an edit (a value may change beyond what the view shows). */
  tick(): unknown;
  inspect(label: string): Promise<InspectInfo | null>;
}

export interface Inspection {
  /** The latest answer, for `label()`; null when the engine could not say (restarting). */
  info: Accessor<InspectInfo | null>;
  /** True while the answer for the current selection or value is on its way. */
  pending: Accessor<boolean>;
}

export function createInspection(source: InspectionSource): Inspection {
  const [info, setInfo] = createSignal<InspectInfo | null>(null);
  const [pending, setPending] = createSignal(false);
  let latest = 0;
  createEffect(() => {
    const label = source.label();
    trackView(source.view(label));
    source.tick();
    const id = ++latest;
    setPending(true);
    void source.inspect(label).then((answer) => {
      if (id !== latest) return; // a newer question is on its way
      setInfo(answer);
      setPending(false);
    });
  });
  return { info, pending };
}
