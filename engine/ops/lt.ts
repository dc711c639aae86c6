import { comparison } from './compare';

/** Elementwise <; the formula operator `<` compiles to it. */
export const lt = comparison('lt', '<', (x, y) => x < y);
