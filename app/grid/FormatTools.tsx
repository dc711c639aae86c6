// Owns the toolbar's format controls, acting on the selection: the "Number format" menu button (the
// named formats, the current one checked), Increase and Decrease decimals, and the Spill toggle.

import { For, Show, createSignal, onCleanup } from 'solid-js';
import type { SheetStore } from '../state/createSheetStore';
import { formatTargets } from './format-targets';
import { NUMBER_FORMATS, type NumberFormat, namedFormatOf, stepDecimals } from './number-format';
import './format-tools.css';

export function FormatTools(props: { store: SheetStore; onDone(): void }) {
  const store = props.store;
  const active = () => store.activeLabel();
  const targets = () => formatTargets(store.doc(), store.activeSheet(), store.selection());
  const current = () => namedFormatOf(store.numberFormatOf(active()));
  const setFormat = (fmt: NumberFormat | null) => store.actions.setFormat(targets(), fmt);
  const step = (delta: 1 | -1) => setFormat(stepDecimals(store.numberFormatOf(active()), store.shown(active()), delta));
  const spilling = () => store.spillsOf(active());
  return (
    <div class="format-tools" role="group" aria-label="Format">
      <NumberFormatMenu current={current().id} choose={(fmt) => (setFormat(fmt.number === 'general' ? null : fmt), props.onDone())} />
      {/* The icons are drawn by CSS (data-icon): as text they would be a visible label the name lacks (WCAG 2.5.3). */}
      <button class="tool format-step" data-icon=".0←" aria-label="Decrease decimals" title="Decrease decimals" onClick={() => step(-1)} />
      <button class="tool format-step" data-icon=".00→" aria-label="Increase decimals" title="Increase decimals" onClick={() => step(1)} />
      <button
        class="tool format-spill"
        aria-pressed={spilling()}
        title="Show the selected tensor over the cells below and to the right (read-only)"
        onClick={() => store.actions.setSpill(targets(), !spilling())}
      >
        Spill
      </button>
    </div>
  );
}

/** A WAI-ARIA menu button: Enter, Space or ArrowDown opens the menu on the checked item; arrows move; Escape closes it back to the button. */
// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
function NumberFormatMenu(props: { current: string; choose(fmt: NumberFormat): void }) {
  const [open, setOpen] = createSignal(false);
  let button!: HTMLButtonElement;
  let menu: HTMLUListElement | undefined;
  const items = () => [...(menu?.querySelectorAll<HTMLElement>('[role=menuitemradio]') ?? [])];
  const focusItem = (i: number) => {
    const all = items();
    all[(i + all.length) % all.length]?.focus();
  };
  const show = (at: 'checked' | 'last') => {
    setOpen(true);
    const i =
      at === 'last'
        ? NUMBER_FORMATS.length - 1
        : Math.max(
            0,
            NUMBER_FORMATS.findIndex((f) => f.id === props.current),
          );
    focusItem(i);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.focus();
  };
  const onOutside = (ev: PointerEvent) => {
    if (open() && !button.parentElement!.contains(ev.target as Node)) close(false);
  };
  document.addEventListener('pointerdown', onOutside);
  onCleanup(() => document.removeEventListener('pointerdown', onOutside));

  const onMenuKey = (ev: KeyboardEvent) => {
    const i = items().indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(i + 1),
      ArrowUp: () => focusItem(i - 1),
      Home: () => focusItem(0),
      End: () => focusItem(-1),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const move = moves[ev.key];
    if (!move) return;
    if (ev.key !== 'Tab') ev.preventDefault();
    ev.stopPropagation();
    move();
  };
  return (
    <div class="format-menu">
      <button
        ref={button}
        class="tool format-menu-button"
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={open() ? 'number-format-menu' : undefined}
        aria-label={`Number format: ${NUMBER_FORMATS.find((f) => f.id === props.current)!.label}`}
        onClick={() => (open() ? close(false) : show('checked'))}
        onKeyDown={(ev) => {
          if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
            ev.preventDefault();
            show(ev.key === 'ArrowUp' ? 'last' : 'checked');
          }
        }}
      >
        {NUMBER_FORMATS.find((f) => f.id === props.current)!.label} <span aria-hidden="true">▾</span>
      </button>
      <Show when={open()}>
        <ul ref={menu} id="number-format-menu" class="format-menu-list" role="menu" aria-label="Number format" onKeyDown={onMenuKey}>
          <For each={NUMBER_FORMATS}>
            {(f) => (
              <li
                role="menuitemradio"
                tabindex="-1"
                aria-checked={f.id === props.current}
                onClick={() => (close(false), props.choose(f.format))}
                onKeyDown={(ev) => {
                  if (ev.key !== 'Enter' && ev.key !== ' ') return;
                  ev.preventDefault();
                  close(false);
                  props.choose(f.format);
                }}
              >
                <span class="format-check" aria-hidden="true">
                  {f.id === props.current ? '✓' : ''}
                </span>
                {f.label}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
