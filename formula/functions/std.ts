// Owns the sheet function `std`; it is spread.ts's, shared with its twin `var`.

import { makeSpreadFunction } from './spread';

export const std = makeSpreadFunction('std');
