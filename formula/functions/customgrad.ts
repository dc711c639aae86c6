import { type CellError, errors, isError } from '../../engine/errors';
import { call } from '../../engine/op';
import { type CustomGradAttrs, customgrad as customOp } from '../../engine/ops/customgrad';
import { type Tensor, isTensor } from '../../engine/tensor';
import type { CellValue, FunctionValue } from '../../engine/value';
import { defineFunction } from './define';

const tensorsOf = (v: CellValue, what: string): Tensor[] | CellError =>
  isError(v) ? v : tensorsIn(v.kind === 'tuple' ? v.items : [v], what);

const tensorsIn = (items: readonly CellValue[], what: string): Tensor[] | CellError => {
  const out: Tensor[] = [];
  for (const item of items) {
    if (isError(item)) return item;
    if (!isTensor(item)) return errors.value('customgrad', `${what} must return a tensor${items.length > 1 ? ' for each input' : ''}`);
    out.push(item);
  }
  return out;
};

/** A function with a user-written backward: forward f(x...), backward df(x..., upstream). */
export const customgrad = defineFunction({
  name: 'customgrad',
  torch: 'torch.autograd.Function',
  doc: 'A function whose forward is f(x) and whose backward is df(x, upstream), like a custom torch.autograd.Function.',
  params: [
    { name: 'f', kind: 'function' },
    { name: 'df', kind: 'function' },
  ],
  examples: [{ formula: '=grad(sum(customgrad(x => x * 2, (x, g) => g * 10)([1, 2])), [1, 2])', result: '#GRAD!' }],
  lower: ([f, df], _kw, ctx) => {
    const fwd = f;
    const bwd = df;
    const attrs: CustomGradAttrs = {
      forward: (xs) => {
        const y = ctx.callFunction(fwd, xs);
        if (isError(y)) return y;
        return isTensor(y) ? y : errors.value('customgrad', `f must return a tensor, got a ${y.kind}`);
      },
      backward: (xs, g) => tensorsOf(ctx.callFunction(bwd, [...xs, g]), 'df'),
    };
    const fn: FunctionValue = {
      kind: 'function',
      name: null,
      params: fwd.params,
      call: (args) => {
        const xs = tensorsIn(args, 'the inputs');
        return isError(xs) ? xs : call(customOp, xs, attrs);
      },
    };
    return fn;
  },
});
