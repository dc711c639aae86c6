// Owns the fill handle: the small square at the selection's bottom-right corner. Dragging it down or right
// outlines the cells it will fill, and letting go fills them from the selection (fill.ts) as one undo step.

import { Show, createSignal, onCleanup } from 'solid-js';
import type { Rect } from '../../formula/ref-shift';
import type { SheetStore } from '../state/createSheetStore';
import { labelOf } from '../state/document';
import { dragTarget, fillDrag } from './fill';
import { blockBox } from './block-box';
import { COLS, ROWS } from './geometry';
import './grid-overlays.css';

function cellUnder(x: number, y: number): { col: number; row: number } | null {
  const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-col]');
  return el ? { col: Number(el.dataset.col), row: Number(el.dataset.row) } : null;
}

export function FillHandle(props: { store: SheetStore; selected: Rect; hidden: boolean }) {
  const [target, setTarget] = createSignal<Rect | null>(null);
  let stop: (() => void) | null = null;
  onCleanup(() => stop?.());

  const begin = (ev: MouseEvent) => {
    if (ev.button !== 0) return;
    ev.preventDefault();
    ev.stopPropagation();
    const sel = props.selected;
    const sheet = props.store.activeSheet();
    const move = (e: MouseEvent) => {
      const a = cellUnder(e.clientX, e.clientY);
      if (a) setTarget(dragTarget(sel, a));
    };
    const up = () => {
      stop?.();
      const t = target();
      setTarget(null);
      if (!t) return;
      const plan = fillDrag(sel, t, (col, row) => props.store.inputOf(labelOf(sheet, { col, row })), { cols: COLS, rows: ROWS });
      const all = { top: sel.top, left: sel.left, bottom: Math.max(sel.bottom, t.bottom), right: Math.max(sel.right, t.right) };
      if (plan) props.store.actions.paste(sheet, plan, { select: all });
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
    stop = () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      stop = null;
    };
  };

  // The handle straddles the selection's bottom-right corner.
  const corner = () => {
    const b = blockBox(props.selected);
    return { left: `calc(${b.left} + ${b.width} - 4px)`, top: `calc(${b.top} + ${b.height} - 4px)` };
  };

  return (
    <Show when={!props.hidden}>
      <Show when={target()}>{(t) => <div class="fill-preview" style={blockBox(t())} />}</Show>
      <div class="fill-handle" aria-hidden="true" title="Drag to fill" style={corner()} onMouseDown={begin} />
    </Show>
  );
}
