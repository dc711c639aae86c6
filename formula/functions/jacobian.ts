// Owns the sheet function `jacobian`; it is derivative-matrix.ts's, shared with its twin `hessian`.

import { makeDerivativeMatrix } from './derivative-matrix';

export const jacobian = makeDerivativeMatrix('jacobian');
