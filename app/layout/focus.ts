// Owns handing the keyboard back and forth between the page and what opens over it: focus returns to
// where it was when a dialog, form or field closes, and Tab stays inside a modal dialog.

interface Focusable {
  isConnected: boolean;
  focus(): void;
}

interface FocusDoc {
  activeElement: unknown;
  body: unknown;
}

/**
 * Remembers what has focus now. The returned function, called when the thing that opened closes,
 * focuses it again, or `fallback` when it has left the page (a form that replaced its own opener).
 * It does nothing when focus has already gone somewhere on purpose (the user clicked the grid):
 * only a focus that dropped to the page's body is handed back.
 */
export function makeFocusReturn(doc: FocusDoc = document, fallback?: () => Focusable | null | undefined): () => void {
  const opener = doc.activeElement as Focusable | null;
  return () => {
    // After the closing element has left the DOM, which is when its focus drops to the body.
    queueMicrotask(() => {
      const now = doc.activeElement as Focusable | null;
      if (now && now !== doc.body && now.isConnected) return;
      const target = opener && opener !== doc.body && opener.isConnected ? opener : fallback?.();
      target?.focus();
    });
  };
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select, textarea, [href], [tabindex]:not([tabindex="-1"])';

/** On Tab in a modal dialog: wraps from its last control to its first and back, so focus never leaves it. */
export function keepTabInside(e: KeyboardEvent, dialog: HTMLElement): void {
  if (e.key !== 'Tab') return;
  const all = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (all.length === 0) return;
  const first = all[0];
  const last = all[all.length - 1];
  const at = document.activeElement;
  if (e.shiftKey && (at === first || !dialog.contains(at))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (at === last || !dialog.contains(at))) {
    e.preventDefault();
    first.focus();
  }
}
