// Owns the sheet function `min`; it is extremum.ts's, shared with its twin `max`.

import { makeExtremumFunction } from './extremum';

export const min = makeExtremumFunction('min');
