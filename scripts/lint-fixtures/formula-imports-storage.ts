// Owns a forbidden import for scripts/check-layers.mjs: of storage/, formula/ imports only the format.
// lint as: formula/functions/layer-fixture.ts
// expect: no-restricted-imports
import { makeLibrary } from '../../storage/idb';

export const fixture = [makeLibrary];
