// Owns a forbidden import for scripts/check-layers.mjs: e2e/ drives the built app through the browser only.
// lint as: e2e/layer-fixture.spec.ts
// expect: no-restricted-imports
import { parseFormula } from '../formula/to-ast';

export const fixture = [parseFormula];
