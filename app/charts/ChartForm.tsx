// Owns the small form that adds or edits a chart: the x cell, the y cells, the title.

import { Show, createSignal, onMount } from 'solid-js';
import { makeFocusReturn } from '../layout/focus';
import type { ChartFile } from '../state/document';
import { type FormFields, chartFromFields } from './chart-form';

export interface ChartFormProps {
  mode: 'add' | 'edit';
  sheet: string;
  initial: FormFields;
  /** The selected cells as x and y. */
  fromSelection(): Pick<FormFields, 'x' | 'y'>;
  onSubmit(chart: ChartFile): void;
  onCancel(): void;
}

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function ChartForm(props: ChartFormProps) {
  const [fields, setFields] = createSignal<FormFields>({ ...props.initial });
  const [error, setError] = createSignal<string | null>(null);
  let first!: HTMLInputElement;
  // Back to the button that opened the form; an edited chart's own button is drawn anew, so then the panel.
  let panel: HTMLElement | null = null;
  const giveBack = makeFocusReturn(document, () => panel);
  onMount(() => {
    panel = first.closest<HTMLElement>('[data-region]');
    first.focus();
  });
  const cancel = () => {
    props.onCancel();
    giveBack();
  };

  const set = (k: keyof FormFields) => (e: InputEvent & { currentTarget: HTMLInputElement }) => {
    setFields({ ...fields(), [k]: e.currentTarget.value });
    setError(null);
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const r = chartFromFields(props.sheet, fields());
    if ('error' in r) setError(r.error);
    else {
      props.onSubmit(r.chart);
      giveBack();
    }
  };

  return (
    <form
      class="chart-form"
      aria-label={props.mode === 'add' ? 'Add chart' : 'Edit chart'}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Handled here: the drawer around the panel stays open.
        e.preventDefault();
        cancel();
      }}
    >
      <div class="chart-form-row">
        <label for="chart-form-x">x cell</label>
        <input
          id="chart-form-x"
          ref={first}
          value={fields().x}
          onInput={set('x')}
          placeholder="A1 (empty: index)"
          spellcheck={false}
          autocomplete="off"
        />
      </div>
      <div class="chart-form-row">
        <label for="chart-form-y">y cells</label>
        <input id="chart-form-y" value={fields().y} onInput={set('y')} placeholder="A2, A3" spellcheck={false} autocomplete="off" />
      </div>
      <div class="chart-form-row">
        <label for="chart-form-title">Title</label>
        <input id="chart-form-title" value={fields().title} onInput={set('title')} placeholder="(y vs x)" autocomplete="off" />
      </div>
      <p class="chart-form-hint">Cells on {props.sheet}; write Sheet2!A1 for another sheet.</p>
      <Show when={error()}>
        {(m) => (
          <p class="chart-form-error" role="alert">
            {m()}
          </p>
        )}
      </Show>
      <div class="chart-form-actions">
        <button
          type="button"
          class="chart-button"
          onClick={() => {
            setFields({ ...fields(), ...props.fromSelection() });
            setError(null);
          }}
        >
          Use selection
        </button>
        <span class="spacer" />
        <button type="button" class="chart-button" onClick={cancel}>
          Cancel
        </button>
        <button type="submit" class="chart-button primary">
          {props.mode === 'add' ? 'Add' : 'Save'}
        </button>
      </div>
    </form>
  );
}
