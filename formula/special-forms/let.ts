// Owns `let(name1, value1, ..., body)`: binds names for the body, each value seeing the names before it.

import { errors, isError } from '../../engine/errors';
import { bind } from '../scope';
import { type CallArg, specialForm } from './special-form';

export const let_ = specialForm({
  name: 'let',
  torch: 'Python assignment',
  doc: 'Binds names to values for the body: let(name1, value1, ..., body).',
  params: [
    { name: 'name1', kind: 'any' },
    { name: 'value1', kind: 'any' },
    { name: 'body', kind: 'any', variadic: true },
  ],
  examples: [{ formula: '=let(a, 2, b, a + 1, a * b)', result: 6 }],
  run: ({ given: [name1, value1], rest }, ctx) => {
    const args: CallArg[] = [name1!, value1!, ...rest];
    if (args.length % 2 === 0) return errors.value('let', 'takes pairs of name and value, then a body: let(name1, value1, ..., body)');
    let env = ctx.env;
    for (let i = 0; i + 1 < args.length; i += 2) {
      const nameArg = args[i];
      if (!('expr' in nameArg) || nameArg.expr.type !== 'name') return errors.value('let', `argument ${i + 1} must be a name`);
      const value = ctx.value(args[i + 1], env);
      if (isError(value)) return value;
      env = { ...env, scope: bind(env.scope, nameArg.expr.name, value) };
    }
    return ctx.value(args[args.length - 1], env);
  },
});
