import { comparison } from './compare';

/** Elementwise ==; the formula operator `==` compiles to it. */
export const eq = comparison('eq', '==', (x, y) => x === y);
