// Owns the engine client the app's tests give a store when no worker runs (imported only by tests): every
// request answered with nothing, and whatever a test wants to watch given as overrides. One place, so a new
// request in WorkerClient is one new line here, not one in every test.

import type { WorkerClient } from './client';

export function idleClient(overrides: Partial<WorkerClient> = {}): WorkerClient {
  return {
    load: () => undefined,
    edit: () => undefined,
    inspect: async () => null,
    elements: async () => null,
    profile: async () => null,
    train: () => undefined,
    cancel: () => [],
    dispose: () => undefined,
    ...overrides,
  };
}
