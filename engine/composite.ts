// Owns how a composite op (written in primitives) shows PyTorch's name for itself in grad_fn.

import type { Tensor } from './tensor';

/**
 * Names the node a composite's body ended in after the composite (`MseLossBackward0`), so grad_fn and
 * the inspector show what PyTorch shows; autograd still differentiates the body's primitives. Given the
 * composite's own inputs, the inspector's graph goes from this node straight to them, as PyTorch's does.
 */
export function relabel(t: Tensor, gradFn: string, inputs?: readonly Tensor[]): Tensor {
  if (t.node) {
    t.node.gradFn = gradFn;
    if (inputs) t.node.shown = inputs;
  }
  return t;
}
