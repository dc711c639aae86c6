// Owns the F6 and Shift+F6 keys of the page: they move the keyboard to the next (previous) region
// marked `data-region`, in document order. It lands on the element the region names in
// `data-region-entry` (a selector: the selected sheet tab, the grid), else on the control last used
// there, else on its first.

import { nextRegion } from './regions';

const TABBABLE = 'button, input, select, textarea, [href], [contenteditable="true"], [tabindex]';

const shown = (el: Element) => el.getClientRects().length > 0;
const tabbable = (el: HTMLElement) => el.tabIndex >= 0 && !el.matches(':disabled') && shown(el);

function firstTabbable(region: HTMLElement): HTMLElement | null {
  for (const el of region.querySelectorAll<HTMLElement>(TABBABLE)) if (tabbable(el)) return el;
  return null;
}

/** Listens on `doc` until the returned function is called. */
export function installRegionKeys(doc: Document): () => void {
  const last = new WeakMap<Element, HTMLElement>();
  const focusTarget = (region: HTMLElement): HTMLElement | null => {
    if (!shown(region)) return null;
    const entry = region.dataset.regionEntry ? region.querySelector<HTMLElement>(region.dataset.regionEntry) : null;
    if (entry && tabbable(entry)) return entry;
    const used = last.get(region);
    return used && used.isConnected && region.contains(used) && tabbable(used) ? used : firstTabbable(region);
  };

  const onFocusIn = (e: FocusEvent) => {
    const el = e.target as HTMLElement;
    const region = el.closest?.('[data-region]');
    if (region) last.set(region, el);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey) return;
    // Ours, not the browser's (which would leave the page for its address bar).
    e.preventDefault();
    // A modal dialog keeps the keyboard until it is closed (Escape gives it back).
    if (doc.querySelector('[aria-modal="true"]')) return;
    const regions = [...doc.querySelectorAll<HTMLElement>('[data-region]')];
    const from = regions.findIndex((r) => r.contains(doc.activeElement));
    const targets = regions.map(focusTarget);
    const to = nextRegion(
      from,
      targets.map((t) => t !== null),
      e.shiftKey,
    );
    if (to >= 0) targets[to]!.focus();
  };

  // Capture: the grid and the editors handle keys on their own elements and must not swallow F6.
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('focusin', onFocusIn);
  return () => {
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('focusin', onFocusIn);
  };
}
