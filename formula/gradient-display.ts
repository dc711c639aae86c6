// Owns what a gradient shows and whether it is built with history: PyTorch's create_graph=False
// shows requires_grad=False and no grad_fn, yet a later grad in the sheet still differentiates
// through the gradient, so its history is built whenever something may (and the pass is faster without).

import { withGradMode } from '../engine/grad-mode';
import type { Tensor } from '../engine/tensor';
import { runtime } from './runtime';

/** What a gradient shows: PyTorch's create_graph=False gives requires_grad=False and no grad_fn (history stays, for a later grad). */
export function shownGradient(g: Tensor, createGraph: boolean): Tensor {
  return createGraph || !g.requiresGrad ? g : g.with({ requiresGrad: false });
}

/**
 * Runs a backward pass, with history of its own only when something may differentiate the gradient
 * (create_graph, another gradient in the formula, or a cell downstream): without it the pass is faster.
 */
export function gradientPass<T>(createGraph: boolean, pass: () => T): T {
  const keep = createGraph || runtime().gradientDifferentiated();
  if (!keep) runtime().historyDropped();
  return keep ? pass() : withGradMode(false, pass);
}
