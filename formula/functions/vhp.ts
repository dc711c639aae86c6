// Owns the sheet function `vhp`; it is hessian-product.ts's, shared with its twin `hvp`.

import { makeHessianProduct } from './hessian-product';

export const vhp = makeHessianProduct('vhp');
