// Owns how one cell shows its value: a number or preview, a shape badge, the requires_grad and
// non-finite marks, an error code with its message on hover; or a slider for a number cell that has one.

import { Show } from 'solid-js';
import { SliderControl } from '../charts/SliderControl';
import { scalarOf } from '../charts/slider';
import type { SheetStore } from '../state/createSheetStore';
import { sliderAt, splitLabel } from '../state/document';
import type { CellView } from '../worker/cell-view';
import { ComputingMark } from './ComputingMark';

export function CellContent(props: { view: CellView | undefined; input: string; label: string; store: SheetStore }) {
  const slider = () => {
    const s = sliderAt(props.store.doc(), props.label);
    const value = scalarOf(props.input);
    return s && value !== null ? { slider: s, value } : null;
  };
  return (
    <Show
      when={slider()}
      keyed={false}
      fallback={
        <ValueContent
          view={props.view}
          input={props.input}
          computing={props.store.isComputing(props.label)}
          text={props.store.shown(props.label)}
          note={props.store.spills.note(props.label)}
        />
      }
    >
      {(s) => (
        <span class="cell-value kind-slider">
          <SliderControl
            cell={splitLabel(props.label).cell}
            slider={s().slider}
            value={s().value}
            input={() => props.input}
            set={(text, undoable) => props.store.actions.setInputs([[props.label, text]], { undoable })}
          />
        </span>
      )}
    </Show>
  );
}

function ValueContent(props: { view: CellView | undefined; input: string; computing: boolean; text: string; note: string | null }) {
  const v = () => props.view;
  const title = () => {
    const view = v();
    if (!view) return undefined;
    if (props.note) return props.note;
    if (view.error) return `${view.error.code} ${view.error.message}`;
    if (view.nonfinite)
      return `NaN or infinity, first produced by ${view.nonfinite.op}${view.nonfinite.cell ? ` in ${view.nonfinite.cell}` : ''}`;
    return view.note ?? undefined;
  };
  // Marks and the shape badge are drawn by CSS from data attributes, so a cell's text is its value
  // alone (what copy, tests and screen readers read); the description carries them for screen readers.
  const shape = () => {
    const s = v()?.shape;
    return s && s.length > 0 ? s.join('×') : null;
  };
  const description = () => {
    const view = v();
    if (!view) return undefined;
    const parts = [
      shape() && `shape ${shape()}`,
      view.requiresGrad && 'requires grad',
      view.nonfinite && 'holds NaN or infinity',
      props.note,
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : undefined;
  };
  return (
    <span class={`cell-value kind-${v()?.kind ?? 'pending'}`} title={title()} aria-description={description()}>
      <Show when={props.computing}>
        <ComputingMark />
      </Show>
      <Show when={v()} fallback={<span class="cell-pending">{props.input.startsWith('=') ? '' : props.input}</span>}>
        {(view) => (
          <>
            <Show when={view().requiresGrad}>
              <span class="mark-grad" title="requires_grad" data-mark="∇" />
            </Show>
            <Show when={view().nonfinite}>
              <span class="mark-nonfinite" data-mark="⚠" />
            </Show>
            <span class="cell-text">{props.text}</span>
            <Show when={shape()}>{(s) => <span class="shape-badge" data-shape={s()} />}</Show>
          </>
        )}
      </Show>
    </span>
  );
}
