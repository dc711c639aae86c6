import { errors, isError } from '../../engine/errors';
import { callF, detached, inputsOf, jacobians, nestJacobian, vectorsLike, vjpOf } from './functional';
import { defineFunction } from './define';

/** The Hessian of a scalar f: the Jacobian of its gradient (the gradient keeps its history for this). */
export const hessian = defineFunction({
  name: 'hessian', torch: 'torch.autograd.functional.hessian',
  doc: 'The matrix of second derivatives of a one-element f at inputs; for a tuple, a tuple of tuples of blocks.',
  params: [{ name: 'func', kind: 'function' }, { name: 'inputs', kind: 'any' }],
  examples: [{ formula: '=hessian(x => sum(x ** 3), [1, 2])', result: [[6, 0], [0, 12]] }],
  lower: ([f, x], _kw, ctx) => {
    const inputs = inputsOf('hessian', x);
    if (isError(inputs)) return inputs;
    const out = callF('hessian', ctx, f, inputs.leaves);
    if (isError(out)) return out;
    if (out.isTuple || out.outs[0].size !== 1) return errors.value('hessian', 'the function must return a single one-element tensor');
    const ones = vectorsLike('hessian', null, out.outs, 'output');
    if (isError(ones)) return ones;
    const grads = vjpOf(out.outs[0], inputs.leaves, ones[0]);
    if (isError(grads)) return grads;
    const h = jacobians(grads, inputs.leaves);
    return isError(h) ? h : detached(nestJacobian(h, inputs.isTuple, inputs.isTuple));
  },
});
