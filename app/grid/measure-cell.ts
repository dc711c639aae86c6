// Owns how wide a cell's shown content is, measured on a canvas in the grid's fonts (styles.css), so a
// column can be fitted to cells that are scrolled out of the DOM.

import type { CellView } from '../worker/cell-view';

let context: CanvasRenderingContext2D | null = null;

const textWidth = (text: string, font: string): number => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8;
  context.font = font;
  return context.measureText(text).width;
};

/** The widths of what a cell shows: its text in its kind's font, the marks and the shape badge beside it. */
export function measureCell(view: CellView | undefined, input: string): number {
  const mono = getComputedStyle(document.documentElement).getPropertyValue('--mono') || 'monospace';
  const text = view ? view.text : input.startsWith('=') ? '' : input;
  const kind = view?.kind;
  const font =
    kind === 'text'
      ? '13px system-ui, sans-serif'
      : kind === 'error'
        ? `600 13px ${mono}`
        : kind === 'function'
          ? `italic 13px ${mono}`
          : `13px ${mono}`;
  const GAP = 4;
  let width = textWidth(text, font);
  if (view?.requiresGrad) width += textWidth('∇', '11px system-ui') + GAP;
  if (view?.nonfinite) width += textWidth('⚠', '11px system-ui') + GAP;
  // The badge: its text, 4px padding each side and a 1px border.
  if (view?.shape && view.shape.length > 0) width += textWidth(view.shape.join('×'), '10px system-ui, sans-serif') + 8 + 2 + GAP;
  return width;
}
