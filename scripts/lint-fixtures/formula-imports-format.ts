// Owns an allowed import for scripts/check-layers.mjs: formula/ may import the workbook format.
// lint as: formula/layer-fixture.ts
// expect: nothing
import { readWorkbook } from '../storage/format';
import { Tensor } from '../engine/tensor';

export const fixture = [readWorkbook, Tensor];
