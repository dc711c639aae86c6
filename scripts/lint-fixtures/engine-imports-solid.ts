// Owns a forbidden import for scripts/check-layers.mjs: the engine imports no UI package.
// lint as: engine/layer-fixture.ts
// expect: no-restricted-imports
import { createSignal } from 'solid-js';

export const fixture = [createSignal];
