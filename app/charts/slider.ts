// Owns sliders on number cells: which inputs can have one, the default range around a value, the
// settings form, the value text a slider writes, and a drag that makes one undo step.

import type { Slider } from '../state/document';

/** The same number syntax a cell reads as a 0-D tensor (SPEC §2, formula/input.ts). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The number a cell's input is, or null when the input is not a plain number (a formula, text…). */
export function scalarOf(input: string): number | null {
  const t = input.trim();
  if (input.startsWith('=') || input.startsWith("'") || !NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** The smallest 1, 2 or 5 × 10^k at least `x`. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}

/** A symmetric range that holds the value with room to move either way, in 100 steps. */
export function defaultSlider(value: number): Slider {
  const span = niceCeil(Math.max(1, 2 * Math.abs(value)));
  return { min: -span, max: span, step: span / 100 };
}

/** Decimal places of a step (0.01 → 2, 0.5 → 1, 2 → 0, 1e-7 → 7). */
export function decimalsOf(step: number): number {
  const s = String(step);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]) + (s.split('e')[0].split('.')[1] ?? '').length;
  return (s.split('.')[1] ?? '').length;
}

/** The input text for a slider position: snapped to the step grid from min, without float noise (0.30000000000000004). */
export function sliderValueText(v: number, s: Slider): string {
  const snapped = s.min + Math.round((v - s.min) / s.step) * s.step;
  const clamped = Math.min(s.max, Math.max(s.min, snapped));
  const digits = Math.min(15, Math.max(decimalsOf(s.step), decimalsOf(s.min)));
  return String(Number(clamped.toFixed(digits)));
}

export interface SliderFields {
  min: string;
  max: string;
  step: string;
}

export const fieldsOfSlider = (s: Slider): SliderFields => ({ min: String(s.min), max: String(s.max), step: String(s.step) });

/** The slider the form describes, or what is wrong with it. */
export function sliderFromFields(f: SliderFields): { slider: Slider } | { error: string } {
  const min = Number(f.min.trim());
  const max = Number(f.max.trim());
  const step = Number(f.step.trim());
  if (f.min.trim() === '' || !Number.isFinite(min)) return { error: 'min must be a number' };
  if (f.max.trim() === '' || !Number.isFinite(max)) return { error: 'max must be a number' };
  if (!(max > min)) return { error: 'max must be greater than min' };
  if (f.step.trim() === '' || !Number.isFinite(step) || step <= 0) return { error: 'step must be a number greater than 0' };
  if (step > max - min) return { error: 'step must not be larger than max − min' };
  if ((max - min) / step > 1_000_000) return { error: 'step is too small: a slider has at most 1,000,000 steps' };
  return { slider: { min, max, step } };
}

/**
 * One drag of a slider. Each move sets the cell without an undo entry (so the sheet and its charts
 * follow the hand); the end puts the value back as it was, silently, and sets the final value as one
 * undoable edit, so undo returns to where the drag began.
 */
export function makeSlideSession(set: (text: string, undoable: boolean) => void) {
  let start: string | null = null;
  let last: string | null = null;
  return {
    /** The value the cell held before the drag, when one is under way. */
    get start() {
      return start;
    },
    /** A move to `text` while the cell holds `current`. */
    move(text: string, current: string): void {
      // A cell that no longer holds our last value was changed by someone else: the drag starts afresh from it.
      if (start === null || current !== last) start = current;
      if (text === last) return;
      last = text;
      set(text, false);
    },
    /** The drag (or a keyboard step) ends at `text` while the cell holds `current`. */
    end(text: string, current: string): void {
      const from = start ?? current;
      start = null;
      last = null;
      if (text === from) {
        if (current !== from) set(from, false);
        return;
      }
      if (current !== from) set(from, false);
      set(text, true);
    },
  };
}
