// Owns a forbidden import for scripts/check-layers.mjs: idb-keyval only inside storage/idb.ts.
// lint as: storage/layer-fixture.ts
// expect: no-restricted-imports
import { get } from 'idb-keyval';

export const fixture = [get];
