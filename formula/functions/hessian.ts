// Owns the sheet function `hessian`; it is derivative-matrix.ts's, shared with its twin `jacobian`.

import { makeDerivativeMatrix } from './derivative-matrix';

export const hessian = makeDerivativeMatrix('hessian');
