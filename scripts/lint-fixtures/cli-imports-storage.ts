// Owns an allowed import for scripts/check-layers.mjs: the command line reads files through storage/.
// lint as: cli/layer-fixture.ts
// expect: nothing
import { importWorkbookFile } from '../storage/file';

export const fixture = [importWorkbookFile];
