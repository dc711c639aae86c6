import { comparison } from './compare';

/** Elementwise !=; the formula operators `!=` and `<>` compile to it. */
export const ne = comparison('ne', '!=', (x, y) => x !== y);
