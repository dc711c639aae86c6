// Owns how a composite op (written in primitives) shows PyTorch's name for itself in grad_fn.

import type { Tensor } from './tensor';

/**
 * Names the node a composite's body ended in after the composite (`SigmoidBackward0`), so grad_fn and
 * the inspector show what PyTorch shows; autograd still differentiates the body's primitives.
 */
export function relabel(t: Tensor, gradFn: string): Tensor {
  if (t.node) t.node.gradFn = gradFn;
  return t;
}
