// Owns the side panel's frame: a labelled complementary landmark beside the grid holding the
// inspector and the charts; below 900 px a drawer over the grid, opened by the toolbar's Panel
// button, that takes the keyboard when it opens and gives it back on Escape.

import { type JSX, createEffect, on } from 'solid-js';
import type { Drawer } from './create-drawer';

/** Where the side panel stops fitting beside the grid; layout.css uses the same width. */
const NARROW = '(max-width: 900px)';

export function SidePanel(props: { drawer: Drawer; children: JSX.Element }) {
  let panel!: HTMLElement;
  const isDrawer = () => matchMedia(NARROW).matches;
  createEffect(on(props.drawer.open, (open) => open && isDrawer() && panel.focus(), { defer: true }));
  return (
    <aside
      ref={panel}
      id="side-panel"
      class="side"
      classList={{ open: props.drawer.open() }}
      aria-label="Inspector and charts"
      tabindex="-1"
      data-region="side"
      onKeyDown={(e) => {
        // A form inside closes first: it marks its Escape as handled.
        if (e.key !== 'Escape' || e.defaultPrevented || !props.drawer.open() || !isDrawer()) return;
        e.preventDefault();
        props.drawer.close(true);
      }}
    >
      {props.children}
    </aside>
  );
}
