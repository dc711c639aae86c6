// Owns the inspector's sections about how a tensor cell shows: the value as the sheet shows it (in
// its number format), its spill toggle and why it cannot spill, the table of every element, and,
// for a spilled cell, which spill it is part of.

import { Show } from 'solid-js';
import type { InspectInfo } from '../../formula/inspect';
import { namedFormatOf } from '../grid/number-format';
import { selectedSpill } from '../grid/SpillLayer';
import type { SheetStore } from '../state/createSheetStore';
import type { WorkerClient } from '../worker/client';
import { CellLink } from './CellLink';
import { ElementTable } from './ElementTable';
import { shortLabel } from './inspector-model';

export function TensorSections(props: { store: SheetStore; client: () => WorkerClient; info: InspectInfo }) {
  const store = props.store;
  const shape = () => (props.info.json.kind === 'tensor' || props.info.json.kind === 'bool' ? props.info.json.shape : null);
  const name = () => shortLabel(props.info.label, store.activeSheet());
  const spills = () => store.spillsOf(props.info.label);
  const note = () => store.spills.note(props.info.label);
  return (
    <Show when={shape()}>
      {(s) => (
        <>
          <p class="insp-shown">
            <span class="insp-shown-key">shown as</span> <code aria-label="Shown value">{store.shown(props.info.label)}</code>{' '}
            <span class="insp-caption">({namedFormatOf(store.numberFormatOf(props.info.label)).label})</span>
            <Show when={s().length > 0}>
              <button class="insp-spill" aria-pressed={spills()} onClick={() => store.actions.setSpill([props.info.label], !spills())}>
                Spill in the sheet
              </button>
            </Show>
          </p>
          <Show when={s().length > 0}>
            <div class="insp-section">
              <div class="insp-subhead">
                Elements{' '}
                <span class="insp-caption">
                  {s()
                    .reduce((a, b) => a * b, 1)
                    .toLocaleString('en-US')}
                  , with their indices
                </span>
              </div>
              <Show when={note()}>
                {(n) => (
                  <p class="insp-flag warn" role="note">
                    {n()}
                  </p>
                )}
              </Show>
              <ElementTable
                name={name()}
                label={props.info.label}
                shape={s()}
                format={store.numberFormatOf(props.info.label)}
                version={props.info}
                fetch={(label, w) => props.client().elements(label, w)}
              />
            </div>
          </Show>
        </>
      )}
    </Show>
  );
}

/** For an empty cell a spill covers: whose spill it is part of, and the element it shows. */
export function SpilledCellNote(props: { store: SheetStore }) {
  return (
    <Show when={selectedSpill(props.store)}>
      {(s) => (
        <p class="insp-hint" role="note">
          {s().cell} shows <code>{props.store.shown(props.store.activeLabel())}</code> from the spill of{' '}
          <CellLink store={props.store} label={`${props.store.activeSheet()}!${s().anchor}`} />: read-only. Typing here writes {s().cell}{' '}
          and blocks the spill.
        </p>
      )}
    </Show>
  );
}
