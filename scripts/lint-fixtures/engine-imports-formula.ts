// Owns a forbidden import for scripts/check-layers.mjs: the engine imports none of our folders.
// lint as: engine/ops/layer-fixture.ts
// expect: no-restricted-imports
import { Workbook } from '../../formula/book';

export const fixture = [Workbook];
