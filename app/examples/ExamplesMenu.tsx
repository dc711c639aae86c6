// Owns the toolbar's Examples menu button (WAI-ARIA menu button): the tutorials and the gallery,
// each with its summary; choosing one opens the user's copy of it (a new copy the first time).

import { For, Show, createSignal, onCleanup } from 'solid-js';
import type { WorkbookFile } from '../../storage/format';
import { EXAMPLES, type Example, copyWorkbook } from './index';
import { buttonKey, menuKey } from './menu';
import './examples.css';

const SECTIONS: { kind: Example['kind']; title: string }[] = [
  { kind: 'tutorial', title: 'PyTorch autograd tutorials' },
  { kind: 'gallery', title: 'Gallery' },
];

/** `open` receives a copy of the chosen example: the app opens the copy the user has, or stores this one, so no work is replaced. */
// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function ExamplesMenu(props: { open(workbook: WorkbookFile, title: string): void }) {
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  let root!: HTMLDivElement;
  let button!: HTMLButtonElement;
  const items: HTMLElement[] = [];

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
    props.open(copyWorkbook(EXAMPLES[i].workbook), EXAMPLES[i].title);
  };

  // A press anywhere outside closes the menu, as a click elsewhere does in any menu; so does the
  // keyboard leaving it (F6 to another region).
  const onOutside = (e: PointerEvent) => {
    if (open() && !root.contains(e.target as Node)) close(false);
  };
  document.addEventListener('pointerdown', onOutside);
  onCleanup(() => document.removeEventListener('pointerdown', onOutside));

  const onMenuKey = (e: KeyboardEvent) => {
    const action = menuKey(e.key, active(), EXAMPLES.length);
    if (!action) return;
    if (action.kind !== 'close' || action.refocus) e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'move') focusItem(action.index);
    else if (action.kind === 'choose') choose(action.index);
    else close(action.refocus);
  };

  return (
    <div class="examples" ref={root} onFocusOut={(e) => open() && !root.contains(e.relatedTarget as Node | null) && close(false)}>
      <button
        ref={button}
        id="examples-button"
        class="tool"
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls="examples-menu"
        onClick={() => (open() ? close(false) : show(0))}
        onKeyDown={(e) => {
          const at = open() ? null : buttonKey(e.key, EXAMPLES.length);
          if (at === null) return;
          e.preventDefault();
          show(at);
        }}
      >
        Examples{' '}
        <span class="examples-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <Show when={open()}>
        <div id="examples-menu" class="examples-menu" role="menu" aria-labelledby="examples-button" onKeyDown={onMenuKey}>
          <For each={SECTIONS}>
            {(section) => (
              <div role="group" aria-label={section.title} class="examples-group">
                <div class="examples-caption" aria-hidden="true">
                  {section.title}
                </div>
                <For each={EXAMPLES.filter((e) => e.kind === section.kind)}>
                  {(example) => {
                    const i = EXAMPLES.indexOf(example);
                    return (
                      <div
                        ref={(el) => (items[i] = el)}
                        role="menuitem"
                        class="examples-item"
                        classList={{ active: active() === i }}
                        tabIndex={active() === i ? 0 : -1}
                        aria-labelledby={`example-${example.id}-title`}
                        aria-describedby={`example-${example.id}-summary`}
                        data-example={example.id}
                        onClick={() => choose(i)}
                        onPointerMove={() => active() !== i && focusItem(i)}
                      >
                        <span class="examples-title" id={`example-${example.id}-title`}>
                          {example.title}
                        </span>
                        <span class="examples-summary" id={`example-${example.id}-summary`}>
                          {example.summary}
                        </span>
                      </div>
                    );
                  }}
                </For>
              </div>
            )}
          </For>
        </div>
      </Show>
    </div>
  );
}
