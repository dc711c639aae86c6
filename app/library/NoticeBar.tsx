// Owns the notice line under the toolbar: what the app tells the user (saved elsewhere, a refused file,
// an update), with at most two actions and a dismiss button (none on a notice that waits for a choice). Text only, never markup.

import { Show } from 'solid-js';
import type { Notice } from './session';

export function NoticeBar(props: { notice: Notice | null; onDismiss(): void }) {
  return (
    <Show when={props.notice}>
      {(n) => (
        <div class={`notice notice-${n().kind}`} role={n().kind === 'error' ? 'alert' : 'status'}>
          <span class="notice-text">{n().text}</span>
          <Show when={n().action}>
            {(a) => (
              <button class="notice-action" onClick={() => (a().run(), props.onDismiss())}>
                {a().label}
              </button>
            )}
          </Show>
          <Show when={n().secondary}>
            {(a) => (
              <button class="notice-action" onClick={() => (a().run(), props.onDismiss())}>
                {a().label}
              </button>
            )}
          </Show>
          <Show when={!n().sticky}>
            <button class="notice-close" aria-label="Dismiss" onClick={() => props.onDismiss()}>
              ×
            </button>
          </Show>
        </div>
      )}
    </Show>
  );
}
