// Owns the sheet function `var`; it is spread.ts's, shared with its twin `std`.

import { makeSpreadFunction } from './spread';

/** `var` is a JavaScript keyword, hence the trailing underscore. */
export const var_ = makeSpreadFunction('var');
