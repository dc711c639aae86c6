import { errors, isError } from '../../engine/errors';
import { limits } from '../../engine/limits';
import type { CellValue, FunctionValue } from '../../engine/value';
import { truth } from './coerce';
import { LoopKeeper } from './loop-keeper';
import type { FunctionDef } from './types';

/** Applies body_fn while cond_fn holds: a data-dependent loop, differentiated through every iteration. */
export const while_: FunctionDef = {
  name: 'while',
  torch: 'Python while loop',
  doc: 'Applies body_fn to the value while cond_fn(value) is true.',
  params: [
    { name: 'init', kind: 'any' },
    { name: 'cond_fn', kind: 'function' },
    { name: 'body_fn', kind: 'function' },
  ],
  examples: [
    { formula: '=while(1, y => y < 100, y => y * 2)', result: 128 },
    { formula: '=while(1, y => true, y => y + 1)', result: '#LOOP!' },
  ],
  lower: ([init, cond, body], _kw, ctx) => {
    const keeper = new LoopKeeper('while');
    let v = init as CellValue;
    for (let i = 0; ; i++) {
      const holds = truth('while', ctx.callFunction(cond as FunctionValue, [v]));
      if (isError(holds)) return keeper.stopped(holds);
      if (!holds) return v;
      if (i >= limits.maxIterations) return errors.loop('while', limits.maxIterations);
      const next = ctx.callFunction(body as FunctionValue, [v]);
      if (isError(next)) return keeper.stopped(next);
      v = keeper.next(next);
    }
  },
};
