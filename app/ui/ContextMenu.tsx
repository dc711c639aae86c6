// Owns the context menu (WAI-ARIA menu): opened at a point and kept inside the viewport, moved by the
// arrow keys, with submenus; choosing, Escape or a press outside closes it and gives focus back.

import { For, Show, createSignal, onCleanup, onMount } from 'solid-js';
import { Portal } from 'solid-js/web';
import { menuKey } from './menu-keys';
import { fitInViewport } from './menu-position';
import './context-menu.css';

export type MenuItem = { label: string; run(): void; shortcut?: string } | { label: string; items: MenuEntry[] };
export type MenuEntry = MenuItem | 'separator';

export interface MenuAt {
  x: number;
  y: number;
}

export interface ContextMenuProps {
  /** The menu's accessible name. */
  label: string;
  items: MenuEntry[];
  at: MenuAt;
  onClose(): void;
}

export function ContextMenu(props: ContextMenuProps) {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  let root: HTMLDivElement | undefined;
  const close = (refocus: boolean) => {
    props.onClose();
    if (refocus) returnTo?.focus({ preventScroll: true });
  };
  // A press elsewhere closes the menu and lets that press do what it does; resizing or scrolling what it
  // opened over closes it too, since it would no longer sit by what it acts on.
  const outside = (ev: PointerEvent) => {
    if (!root?.contains(ev.target as Node)) close(false);
  };
  // Where the element the menu opened from and its ancestors stood when it opened: opening may itself have
  // scrolled the cell it acts on into view, and that scroll's event arrives after the menu is up. Only a
  // move away from there closes it.
  const startedAt = new Map<EventTarget, string>();
  const position = (t: EventTarget): string =>
    t instanceof Element ? `${t.scrollTop},${t.scrollLeft}` : `${window.scrollY},${window.scrollX}`;
  for (let el: Element | null = returnTo; el; el = el.parentElement) startedAt.set(el, position(el));
  const moved = (ev: Event) => {
    const target = ev.target ?? document;
    if (startedAt.get(target) !== position(target)) close(true);
  };
  const resized = () => close(true);
  onMount(() => {
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('scroll', moved, true);
    window.addEventListener('resize', resized);
  });
  onCleanup(() => {
    document.removeEventListener('pointerdown', outside, true);
    document.removeEventListener('scroll', moved, true);
    window.removeEventListener('resize', resized);
  });
  return (
    <Portal>
      <div ref={root} class="context-menu-layer">
        <MenuList
          label={props.label}
          entries={props.items}
          at={props.at}
          choose={(run) => {
            close(true);
            run();
          }}
          close={close}
        />
      </div>
    </Portal>
  );
}

interface MenuListProps {
  label: string;
  entries: MenuEntry[];
  at: MenuAt;
  /** Where the parent menu sits, so a submenu can open on its other side when there is no room. */
  beside?: DOMRect;
  choose(run: () => void): void;
  close(refocus: boolean): void;
  /** A submenu's way back to its parent item (ArrowLeft). */
  back?(): void;
}

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
function MenuList(props: MenuListProps) {
  let list!: HTMLDivElement;
  const items: HTMLElement[] = [];
  const [pos, setPos] = createSignal(props.at);
  const [active, setActive] = createSignal(0);
  const [sub, setSub] = createSignal<{ index: number; at: MenuAt; beside: DOMRect } | null>(null);
  const real = () => props.entries.filter((e): e is MenuItem => e !== 'separator');

  onMount(() => {
    const r = list.getBoundingClientRect();
    setPos(
      fitInViewport(props.at, { width: r.width, height: r.height }, { width: window.innerWidth, height: window.innerHeight }, props.beside),
    );
    items[0]?.focus();
  });

  const focusItem = (i: number) => {
    setActive(i);
    items[i]?.focus();
  };
  const openSub = (i: number) => {
    const r = items[i].getBoundingClientRect();
    setSub({ index: i, at: { x: r.right, y: r.top - 4 }, beside: list.getBoundingClientRect() });
  };
  const activate = (i: number) => {
    const item = real()[i];
    if ('items' in item) openSub(i);
    else props.choose(item.run);
  };

  const onKeyDown = (ev: KeyboardEvent) => {
    ev.stopPropagation();
    ev.preventDefault();
    const item = real()[active()];
    if (ev.key === 'ArrowRight' && item && 'items' in item) return openSub(active());
    if (ev.key === 'ArrowLeft' && props.back) return props.back();
    const act = menuKey(ev.key, active(), real().length);
    if (act?.kind === 'move') focusItem(act.index);
    else if (act?.kind === 'choose') activate(act.index);
    // Escape backs out of a submenu; Tab closes it all and, like Escape, hands focus back (the menu sits
    // at the end of the page, where Tab would leave the app).
    else if (act?.kind === 'close') {
      if (act.refocus && props.back) props.back();
      else props.close(true);
    }
  };

  // Each entry with its place among the items (separators are not items), for focus and the arrow keys.
  const numbered = props.entries.map((entry, n) => ({ entry, i: props.entries.slice(0, n).filter((e) => e !== 'separator').length }));
  return (
    <div
      ref={list}
      class="context-menu"
      role="menu"
      aria-label={props.label}
      style={{ left: `${pos().x}px`, top: `${pos().y}px` }}
      onKeyDown={onKeyDown}
      onContextMenu={(ev) => ev.preventDefault()}
    >
      <For each={numbered}>
        {({ entry, i }) => {
          if (entry === 'separator') return <div class="context-menu-separator" role="separator" />;
          const hasSub = 'items' in entry;
          // A submenu sits beside its item in a presentational wrapper (the WAI-ARIA menu pattern's structure).
          return (
            <div role="none">
              <div
                ref={(el) => (items[i] = el)}
                class="context-menu-item"
                role="menuitem"
                tabindex="-1"
                aria-haspopup={hasSub ? 'menu' : undefined}
                aria-keyshortcuts={'shortcut' in entry && entry.shortcut ? entry.shortcut.replace(/\bCtrl\b/g, 'Control') : undefined}
                aria-expanded={hasSub ? sub()?.index === i : undefined}
                onPointerEnter={() => {
                  focusItem(i);
                  if (hasSub) openSub(i);
                  else setSub(null);
                }}
                onClick={() => activate(i)}
              >
                <span class="context-menu-label">{entry.label}</span>
                <Show when={'shortcut' in entry && entry.shortcut}>
                  {(s) => (
                    <kbd class="context-menu-shortcut" aria-hidden="true">
                      {s()}
                    </kbd>
                  )}
                </Show>
                <Show when={hasSub}>
                  <span class="context-menu-arrow" aria-hidden="true">
                    ▸
                  </span>
                </Show>
              </div>
              <Show when={'items' in entry && sub()?.index === i && sub()}>
                {(s) => (
                  <MenuList
                    label={entry.label}
                    entries={(entry as { items: MenuEntry[] }).items}
                    at={s().at}
                    beside={s().beside}
                    choose={props.choose}
                    close={props.close}
                    back={() => {
                      setSub(null);
                      focusItem(i);
                    }}
                  />
                )}
              </Show>
            </div>
          );
        }}
      </For>
    </div>
  );
}
