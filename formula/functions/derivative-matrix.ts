// Owns torch.autograd.functional.jacobian and hessian, one factory for both: the Jacobian of f's outputs
// (jacobian) or of its gradient (hessian) at the inputs, with PyTorch's shapes, nested by tuples.

import { type CellError, errors, isError } from '../../engine/errors';
import type { Tensor } from '../../engine/tensor';
import { type Inputs, callF, detached, inputsOf, jacobians, nestJacobian, vectorsLike, vjpOf } from './functional';
import type { FunctionDef } from './types';
import { defineFunction } from './define';

/** What is differentiated once more, and whether its blocks are a tuple (the outer level of the nesting). */
interface Rows {
  readonly rows: readonly Tensor[];
  readonly isTuple: boolean;
}

const MATRICES = {
  jacobian: {
    doc: 'The Jacobian of f at inputs (a tensor or a tuple): each block has shape output.shape + input.shape.',
    examples: [
      {
        formula: '=jacobian(x => x ** 2, [1, 2])',
        result: [
          [2, 0],
          [0, 4],
        ],
      },
    ],
    rows: (out: { outs: Tensor[]; isTuple: boolean }): Rows | CellError => ({ rows: out.outs, isTuple: out.isTuple }),
  },
  hessian: {
    doc: 'The matrix of second derivatives of a one-element f at inputs; for a tuple, a tuple of tuples of blocks.',
    examples: [
      {
        formula: '=hessian(x => sum(x ** 3), [1, 2])',
        result: [
          [6, 0],
          [0, 12],
        ],
      },
    ],
    // The Jacobian of the gradient, which keeps its history for this.
    rows: (out: { outs: Tensor[]; isTuple: boolean }, inputs: Inputs): Rows | CellError => {
      if (out.isTuple || out.outs[0].size !== 1) return errors.value('hessian', 'the function must return a single one-element tensor');
      const ones = vectorsLike('hessian', null, out.outs, 'output');
      if (isError(ones)) return ones;
      const grads = vjpOf(out.outs[0], inputs.leaves, ones[0]);
      return isError(grads) ? grads : { rows: grads, isTuple: inputs.isTuple };
    },
  },
} as const;

/** The sheet function `jacobian` or `hessian`. */
export function makeDerivativeMatrix(name: keyof typeof MATRICES): FunctionDef {
  const { doc, examples, rows } = MATRICES[name];
  return defineFunction({
    name,
    torch: `torch.autograd.functional.${name}`,
    doc,
    params: [
      { name: 'func', kind: 'function' },
      { name: 'inputs', kind: 'any' },
    ],
    examples,
    lower: ([f, x], _kw, ctx) => {
      const inputs = inputsOf(name, x);
      if (isError(inputs)) return inputs;
      const out = callF(name, ctx, f, inputs.leaves);
      if (isError(out)) return out;
      const r = rows(out, inputs);
      if (isError(r)) return r;
      const j = jacobians(r.rows, inputs.leaves);
      return isError(j) ? j : detached(nestJacobian(j, r.isTuple, inputs.isTuple));
    },
  });
}
