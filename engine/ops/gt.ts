import { comparison } from './compare';

/** Elementwise >; the formula operator `>` compiles to it. */
export const gt = comparison('gt', '>', (x, y) => x > y);
