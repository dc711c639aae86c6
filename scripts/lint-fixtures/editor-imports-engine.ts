// Owns a forbidden import for scripts/check-layers.mjs: the editor, on the main thread, never imports the engine.
// lint as: app/editor/layer-fixture.ts
// expect: no-restricted-imports
import { Tensor } from '../../engine/tensor';

export const fixture = [Tensor];
