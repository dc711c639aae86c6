// Owns the page's banner: the one h1 (the brand) and the labelled toolbar around the controls App
// gives it, where Left and Right (Home, End) move between controls as in the WAI-ARIA toolbar
// pattern; below 900 px it wraps and shows the Panel button that opens the side panel drawer.

import type { JSX } from 'solid-js';
import { arrowMove } from './arrow-move';
import type { Drawer } from './create-drawer';
import './layout.css';

const CONTROLS = 'button, input, select, [tabindex]';

/** The toolbar's controls a user can reach, in order. */
const controls = (toolbar: HTMLElement) =>
  [...toolbar.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (el) => el.tabIndex >= 0 && !el.matches(':disabled') && !el.closest('[role=menu]') && el.getClientRects().length > 0,
  );

export function Toolbar(props: { drawer: Drawer; children: JSX.Element }) {
  const onKeyDown = (e: KeyboardEvent & { currentTarget: HTMLElement }) => {
    const target = e.target as HTMLElement;
    // Fields and open menus keep their own arrow keys (the caret, the menu's items).
    if (e.altKey || e.ctrlKey || e.metaKey || target.matches('input, select, textarea') || target.closest('[role=menu]')) return;
    const all = controls(e.currentTarget);
    const at = all.indexOf(target);
    const to = at < 0 ? null : arrowMove(e.key, at, all.length);
    if (to === null) return;
    e.preventDefault();
    all[to].focus();
  };

  return (
    <header class="toolbar" data-region="toolbar">
      <h1 class="brand">Gradsheet</h1>
      <div class="toolbar-controls" role="toolbar" aria-label="Workbook" onKeyDown={onKeyDown}>
        {props.children}
        <button
          ref={(el) => props.drawer.setButton(el)}
          class="tool panel-toggle"
          aria-expanded={props.drawer.open()}
          aria-controls="side-panel"
          title="Show or hide the inspector and charts"
          onClick={() => props.drawer.toggle()}
        >
          Panel
        </button>
      </div>
    </header>
  );
}
