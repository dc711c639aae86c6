// Owns a forbidden import for scripts/check-layers.mjs: the function reference reads the catalogue, never the registry.
// lint as: app/reference/layer-fixture.ts
// expect: no-restricted-imports
import { FUNCTIONS } from '../../formula/functions/index';

export const fixture = [FUNCTIONS];
