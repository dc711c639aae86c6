// Owns the sheet function `jvp`; it is functional-product.ts's, shared with its twin `vjp`.

import { makeProductFunction } from './functional-product';

export const jvp = makeProductFunction('jvp');
