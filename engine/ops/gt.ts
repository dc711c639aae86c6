import { comparison } from './compare';

/** Elementwise >; the formula operator `>` compiles to it. */
export const gt = comparison('gt', '>', (x, y) => x > y, 'gt([1, 2, 3], 2) → [false, false, true]');
