import { isError } from '../../engine/errors';
import { callF, detached, inputsOf, jacobians, nestJacobian } from './functional';
import { defineFunction } from './define';

/** The Jacobian of f at the inputs, with PyTorch's shapes: output shape + input shape, nested by tuples. */
export const jacobian = defineFunction({
  name: 'jacobian', torch: 'torch.autograd.functional.jacobian',
  doc: 'The Jacobian of f at inputs (a tensor or a tuple): each block has shape output.shape + input.shape.',
  params: [{ name: 'func', kind: 'function' }, { name: 'inputs', kind: 'any' }],
  examples: [{ formula: '=jacobian(x => x ** 2, [1, 2])', result: [[2, 0], [0, 4]] }],
  lower: ([f, x], _kw, ctx) => {
    const inputs = inputsOf('jacobian', x);
    if (isError(inputs)) return inputs;
    const out = callF('jacobian', ctx, f, inputs.leaves);
    if (isError(out)) return out;
    const j = jacobians(out.outs, inputs.leaves);
    return isError(j) ? j : detached(nestJacobian(j, out.isTuple, inputs.isTuple));
  },
});
