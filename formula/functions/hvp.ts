// Owns the sheet function `hvp`; it is hessian-product.ts's, shared with its twin `vhp`.

import { makeHessianProduct } from './hessian-product';

export const hvp = makeHessianProduct('hvp');
