// Owns the offline app's service worker: registered after load; a new version is offered to the user,
// and taking it first saves what is unsaved.

import { registerSW } from 'virtual:pwa-register';
import type { Notice } from './session';

export function registerServiceWorker(opts: { notify(n: Notice): void; beforeUpdate(): Promise<unknown> }): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      opts.notify({
        kind: 'info',
        text: 'A new version of Gradsheet is ready.',
        action: { label: 'Update now', run: () => void opts.beforeUpdate().then(() => update(true)) },
      });
    },
  });
}
