// Owns the sheet function `max`; it is extremum.ts's, shared with its twin `min`.

import { makeExtremumFunction } from './extremum';

export const max = makeExtremumFunction('max');
