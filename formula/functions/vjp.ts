// Owns the sheet function `vjp`; it is functional-product.ts's, shared with its twin `jvp`.

import { makeProductFunction } from './functional-product';

export const vjp = makeProductFunction('vjp');
