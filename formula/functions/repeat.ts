import { errors, isError } from '../../engine/errors';
import { limits } from '../../engine/limits';
import { LoopKeeper } from './loop-keeper';
import { defineFunction } from './define';

/** Applies fn n times to init: a fixed-length loop, differentiated through every step. */
export const repeat = defineFunction({
  name: 'repeat',
  torch: 'Python for loop',
  doc: 'Applies fn to init n times: fn(fn(...fn(init))).',
  params: [
    { name: 'n', kind: 'int' },
    { name: 'init', kind: 'any' },
    { name: 'fn', kind: 'function' },
  ],
  examples: [{ formula: '=repeat(3, 1, y => y * 2)', result: 8 }],
  lower: ([n, init, fn], _kw, ctx) => {
    const count = n;
    if (count < 0) return errors.value('repeat', `n must not be negative, got ${count}`);
    if (count > limits.maxIterations) return errors.loop('repeat', limits.maxIterations);
    const keeper = new LoopKeeper('repeat');
    let v = init;
    for (let i = 0; i < count; i++) {
      const next = ctx.callFunction(fn, [v]);
      if (isError(next)) return keeper.stopped(next);
      v = keeper.next(next);
    }
    return v;
  },
});
