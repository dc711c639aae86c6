// Owns a forbidden import for scripts/check-layers.mjs: the bridge is headless, so it never imports the app.
// lint as: bridge/layer-fixture.ts
// expect: no-restricted-imports
import { openApp } from '../app/main';

export const fixture = [openApp];
