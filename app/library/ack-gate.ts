// Owns holding the engine's answers back until the edits they answer are in storage: a value the user sees on
// screen is a value that survives the tab closing or the browser being killed (where the browser lets us wait).

import type { WorkerClientEvents } from '../worker/client';

/**
 * The worker's events for `events`, with values (and the pending marks between them) delivered only once
 * `durable()` resolves; at once, in order, when nothing is being written. Every other event passes untouched.
 */
export function gateOnDurable<E extends Pick<WorkerClientEvents, 'values' | 'pending'>>(events: E, durable: () => Promise<void> | null): E {
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
    ...events,
    // Every argument passed on as it came, so the gate needs no change when an event gains one.
    values: (...args: Parameters<WorkerClientEvents['values']>) => deliver(() => events.values(...args)),
    pending: (...args: Parameters<WorkerClientEvents['pending']>) => deliver(() => events.pending(...args)),
  };
}
