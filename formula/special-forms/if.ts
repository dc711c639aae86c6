// Owns `if(cond, then, else)`: lazy, so only the branch the condition picks is evaluated.

import { isError } from '../../engine/errors';
import { EMPTY } from '../../engine/value';
import { truth } from '../functions/coerce';
import { specialForm } from './special-form';

export const if_ = specialForm({
  name: 'if',
  torch: 'Python `a if cond else b`',
  doc: 'Evaluates only the branch the scalar condition picks (lazy).',
  params: [
    { name: 'cond', kind: 'any' },
    { name: 'then', kind: 'any' },
    { name: 'else', kind: 'any', default: null },
  ],
  examples: [
    { formula: '=if(2 > 1, 10, 20)', result: 10 },
    { formula: '=if([1, 2] > 0, 1, 2)', result: '#VALUE!' },
  ],
  run: ({ given: [cond, then, otherwise] }, ctx) => {
    const holds = truth('if', ctx.value(cond!));
    if (isError(holds)) return holds;
    if (holds) return ctx.value(then!);
    return otherwise ? ctx.value(otherwise) : EMPTY;
  },
});
