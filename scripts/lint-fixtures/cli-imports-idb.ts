// Owns a forbidden import for scripts/check-layers.mjs: the command line never imports storage/idb.ts.
// lint as: cli/layer-fixture.ts
// expect: no-restricted-imports
import { makeLibrary } from '../storage/idb';

export const fixture = [makeLibrary];
