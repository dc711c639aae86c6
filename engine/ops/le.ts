import { comparison } from './compare';

/** Elementwise <=; the formula operator `<=` compiles to it. */
export const le = comparison('le', '<=', (x, y) => x <= y);
