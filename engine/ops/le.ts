import { comparison } from './compare';

/** Elementwise <=; the formula operator `<=` compiles to it. */
export const le = comparison('le', '<=', (x, y) => x <= y, 'le([1, 2, 3], 2) → [true, true, false]');
