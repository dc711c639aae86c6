// Owns the toolbar's menu buttons (WAI-ARIA menu button): a button that opens a menu of items in sections, each item
// a title and an optional line saying what it does. The arrow keys move, Enter or Space chooses, Escape closes and
// gives focus back, Tab closes and moves on, a press outside closes. Examples, Import and Export are menu buttons.

import { For, type JSX, Show, createSignal, onCleanup } from 'solid-js';
import { buttonKey, menuKey } from './menu-keys';
import './menu-button.css';

export interface MenuButtonItem {
  /** Unique within the menu: it names the item's elements. */
  id: string;
  title: string;
  summary?: string;
  run(): void;
}

export interface MenuButtonSection {
  /** A caption above the section's items; none for a menu of one section. */
  title?: string;
  items: MenuButtonItem[];
}

export interface MenuButtonProps {
  /** The button's id, and the stem of the menu's. */
  id: string;
  /** What the button shows; it also names the menu. */
  label: string;
  /** The button's tooltip. */
  tooltip?: string;
  sections: MenuButtonSection[];
  /** A wide menu, for items with summaries. */
  wide?: boolean;
}

// size: a Solid component: its JSX and the signals it closes over read as one piece; its keyboard is menu-keys.ts.
export function MenuButton(props: MenuButtonProps) {
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  let root!: HTMLDivElement;
  let button!: HTMLButtonElement;
  const items: HTMLElement[] = [];
  const all = () => props.sections.flatMap((s) => s.items);

  const focusItem = (i: number) => {
    setActive(i);
    queueMicrotask(() => items[i]?.focus());
  };
  const show = (i: number) => {
    setOpen(true);
    focusItem(i);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.focus();
  };
  const choose = (i: number) => {
    close(true);
    all()[i]?.run();
  };

  // A press anywhere outside closes the menu, as a click elsewhere does in any menu; so does the keyboard leaving it.
  const onOutside = (e: PointerEvent) => {
    if (open() && !root.contains(e.target as Node)) close(false);
  };
  document.addEventListener('pointerdown', onOutside);
  onCleanup(() => document.removeEventListener('pointerdown', onOutside));

  const onMenuKey = (e: KeyboardEvent) => {
    const action = menuKey(e.key, active(), all().length);
    if (!action) return;
    if (action.kind !== 'close' || action.refocus) e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'move') focusItem(action.index);
    else if (action.kind === 'choose') choose(action.index);
    else close(action.refocus);
  };

  const item = (it: MenuButtonItem): JSX.Element => {
    const i = all().indexOf(it);
    const key = `${props.id}-${it.id}`;
    return (
      <div
        ref={(el) => (items[i] = el)}
        role="menuitem"
        class="menu-button-item"
        classList={{ active: active() === i }}
        tabIndex={active() === i ? 0 : -1}
        aria-labelledby={`${key}-title`}
        aria-describedby={it.summary ? `${key}-summary` : undefined}
        onClick={() => choose(i)}
        onPointerMove={() => active() !== i && focusItem(i)}
      >
        <span class="menu-button-title" id={`${key}-title`}>
          {it.title}
        </span>
        <Show when={it.summary}>
          <span class="menu-button-summary" id={`${key}-summary`}>
            {it.summary}
          </span>
        </Show>
      </div>
    );
  };

  return (
    <div class="menu-button" ref={root} onFocusOut={(e) => open() && !root.contains(e.relatedTarget as Node | null) && close(false)}>
      <button
        ref={button}
        id={props.id}
        class="tool"
        title={props.tooltip}
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={`${props.id}-menu`}
        onClick={() => (open() ? close(false) : show(0))}
        onKeyDown={(e) => {
          const at = open() ? null : buttonKey(e.key, all().length);
          if (at === null) return;
          e.preventDefault();
          show(at);
        }}
      >
        {props.label}{' '}
        <span class="menu-button-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <Show when={open()}>
        <div
          id={`${props.id}-menu`}
          class="menu-button-menu"
          classList={{ wide: props.wide }}
          role="menu"
          aria-labelledby={props.id}
          onKeyDown={onMenuKey}
        >
          <For each={props.sections}>
            {(section) => (
              <div role="group" aria-label={section.title} class="menu-button-group">
                <Show when={section.title}>
                  <div class="menu-button-caption" aria-hidden="true">
                    {section.title}
                  </div>
                </Show>
                <For each={section.items}>{item}</For>
              </div>
            )}
          </For>
        </div>
      </Show>
    </div>
  );
}
