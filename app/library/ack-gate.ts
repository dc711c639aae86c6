// Owns holding the engine's answers back until the edits they answer are in storage: a value the user sees on
// screen is a value that survives the tab closing or the browser being killed (where the browser lets us wait).

import type { WorkerClientEvents } from '../worker/client';

/**
 * The worker's events for `events`, with values (and the pending marks between them) delivered only once
 * `durable()` resolves; at once, in order, when nothing is being written. Busy and bug reports are never held.
 */
export function gateOnDurable(events: WorkerClientEvents, durable: () => Promise<void> | null): WorkerClientEvents {
  let queued = 0;
  let tail: Promise<void> = Promise.resolve();
  const deliver = (fn: () => void): void => {
    const wait = durable();
    if (queued === 0 && !wait) return fn();
    queued++;
    tail = tail
      .then(() => wait ?? undefined)
      .then(() => {
        queued--;
        fn();
      });
  };
  return {
    // Every argument passed on as it came, so the gate needs no change when an event gains one.
    values: (...args) => deliver(() => events.values(...args)),
    pending: (...args) => deliver(() => events.pending(...args)),
    busy: (running) => events.busy(running),
    bug: (message, stack) => events.bug(message, stack),
  };
}
