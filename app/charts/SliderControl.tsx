// Owns the slider drawn in a grid cell: dragging sets the cell's number as the hand moves (the sheet
// and its charts follow), and the whole drag is one undo step.

import { batch } from 'solid-js';
import type { Slider } from '../state/document';
import { makeSlideSession, sliderValueText } from './slider';

export interface SliderControlProps {
  /** `A1`, for the accessible name `Slider A1`. */
  cell: string;
  slider: Slider;
  value: number;
  /** The cell's input now. */
  input(): string;
  /** Sets the cell's input; `undoable` false for the moves of a drag. */
  set(text: string, undoable: boolean): void;
}

export function SliderControl(props: SliderControlProps) {
  const session = makeSlideSession((text, undoable) => props.set(text, undoable));
  const text = (el: HTMLInputElement) => sliderValueText(el.valueAsNumber, props.slider);
  // The grid handles mouse and keys on its cells (selection, editing, arrow keys): the slider keeps its own.
  const stop = (e: Event) => e.stopPropagation();
  return (
    <span class="cell-slider">
      <input
        type="range"
        class="cell-slider-range"
        aria-label={`Slider ${props.cell}`}
        min={props.slider.min}
        max={props.slider.max}
        step={props.slider.step}
        value={props.value}
        onMouseDown={stop}
        onPointerDown={stop}
        onDblClick={stop}
        onKeyDown={stop}
        onInput={(e) => session.move(text(e.currentTarget), props.input())}
        onChange={(e) => {
          const el = e.currentTarget;
          batch(() => session.end(text(el), props.input()));
        }}
      />
      <span class="cell-slider-value">{props.input().trim()}</span>
    </span>
  );
}
