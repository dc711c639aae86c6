import { comparison } from './compare';

/** Elementwise >=; the formula operator `>=` compiles to it. */
export const ge = comparison('ge', '>=', (x, y) => x >= y);
