// Owns the slider settings of the selected cell: min, max and step, with defaults around its value.

import { type JSX, Show, createSignal } from 'solid-js';
import { makeFocusReturn } from '../layout/focus';
import type { Slider } from '../state/document';
import { type SliderFields, defaultSlider, fieldsOfSlider, sliderFromFields } from './slider';

export interface SliderFormProps {
  /** `A1`, for the labels. */
  cell: string;
  /** The cell's number, or null when its input is not a plain number. */
  value: number | null;
  slider: Slider | null;
  onApply(slider: Slider): void;
  onRemove(): void;
  onClose(): void;
}

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function SliderForm(props: SliderFormProps) {
  // The fields start from the cell's slider, or a range around its value; the panel re-creates the form per cell.
  const start = (): SliderFields => fieldsOfSlider(props.slider ?? defaultSlider(props.value ?? 0));
  const [fields, setFields] = createSignal<SliderFields>(start());
  const [error, setError] = createSignal<string | null>(null);
  // Back to the Slider button that opened the form, once it closes.
  const giveBack = makeFocusReturn();
  const close = () => {
    props.onClose();
    giveBack();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Handled here: the drawer around the panel stays open.
    e.preventDefault();
    close();
  };
  const set = (k: keyof SliderFields) => (e: InputEvent & { currentTarget: HTMLInputElement }) => {
    setFields({ ...fields(), [k]: e.currentTarget.value });
    setError(null);
  };

  // Remove (when there is a slider) and Close, and the form's own submit button when it has one.
  const actions = (submit?: JSX.Element) => (
    <div class="chart-form-actions">
      <Show when={props.slider}>
        <button type="button" class="chart-button" onClick={() => props.onRemove()}>
          Remove slider
        </button>
      </Show>
      <span class="spacer" />
      <button type="button" class="chart-button" onClick={close}>
        Close
      </button>
      {submit}
    </div>
  );

  return (
    <Show
      when={props.value !== null}
      fallback={
        <div class="chart-form" role="group" aria-label="Slider" onKeyDown={onKeyDown}>
          <p class="chart-form-hint">
            {props.cell} does not hold a plain number. Select a cell like <code>0.5</code> to show it as a slider.
          </p>
          {actions()}
        </div>
      }
    >
      <form
        class="chart-form"
        aria-label={`Slider for ${props.cell}`}
        onSubmit={(e) => {
          e.preventDefault();
          const r = sliderFromFields(fields());
          if ('error' in r) setError(r.error);
          else props.onApply(r.slider);
        }}
        onKeyDown={onKeyDown}
      >
        <p class="chart-form-title">Slider for {props.cell}</p>
        <div class="slider-fields">
          <label>
            min
            <input value={fields().min} onInput={set('min')} inputmode="decimal" autocomplete="off" />
          </label>
          <label>
            max
            <input value={fields().max} onInput={set('max')} inputmode="decimal" autocomplete="off" />
          </label>
          <label>
            step
            <input value={fields().step} onInput={set('step')} inputmode="decimal" autocomplete="off" />
          </label>
        </div>
        <Show when={error()}>
          {(m) => (
            <p class="chart-form-error" role="alert">
              {m()}
            </p>
          )}
        </Show>
        {actions(
          <button type="submit" class="chart-button primary">
            {props.slider ? 'Update slider' : 'Show as slider'}
          </button>,
        )}
      </form>
    </Show>
  );
}
