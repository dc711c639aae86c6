// Owns what the functional API (jacobian, hessian, vjp, jvp, hvp, vhp) shares, as in
// torch.autograd.functional: fresh leaf inputs, calling f, one backward pass per output element,
// and PyTorch's tuple structure of the results.

import { vjp as vjpCore } from '../../engine/autograd';
import { type CellError, errors, isError } from '../../engine/errors';
import { attempt, run } from '../../engine/op';
import { add } from '../../engine/ops/add';
import { mul } from '../../engine/ops/mul';
import { sum } from '../../engine/ops/sum';
import { stackAs } from '../../engine/ops/stack';
import { ALL } from '../../engine/ops/reduce-dims';
import { Tensor, isTensor } from '../../engine/tensor';
import { type CellValue, type FunctionValue, tuple } from '../../engine/value';
import type { CallContext } from './types';

/** Inputs as fresh leaves (so f's graph starts at them), and whether they came as a tuple. */
export interface Inputs {
  readonly leaves: Tensor[];
  readonly isTuple: boolean;
}

export function inputsOf(fn: string, x: CellValue): Inputs | CellError {
  const items = x.kind === 'tuple' ? x.items : [x];
  const leaves: Tensor[] = [];
  for (const item of items) {
    if (isError(item)) return item;
    if (!isTensor(item) || item.dtype === 'bool') return errors.value(fn, 'inputs must be a float tensor or a tuple of float tensors');
    leaves.push(new Tensor(item.data, item.shape, 'float64', true));
  }
  return { leaves, isTuple: x.kind === 'tuple' };
}

/** f's outputs as tensors, and whether f returned a tuple. */
export function callF(
  fn: string,
  ctx: CallContext,
  f: FunctionValue,
  leaves: readonly Tensor[],
): { outs: Tensor[]; isTuple: boolean } | CellError {
  const y = ctx.callFunction(f, leaves);
  if (isError(y)) return y;
  const items = y.kind === 'tuple' ? y.items : [y];
  const outs: Tensor[] = [];
  for (const item of items) {
    if (isError(item)) return item;
    if (!isTensor(item) || item.dtype === 'bool') return errors.value(fn, 'the function must return a float tensor or a tuple of them');
    outs.push(item);
  }
  return { outs, isTuple: y.kind === 'tuple' };
}

/** A value, or a tuple of values, as PyTorch shapes the result by its inputs' structure. */
export const shaped = (isTuple: boolean, items: readonly CellValue[]): CellValue => (isTuple ? tuple(items) : items[0]);

/** The functional API returns results without history (PyTorch's create_graph=False). */
export function detached(v: CellValue): CellValue {
  if (isTensor(v)) return new Tensor(v.data, v.shape, v.dtype, false, null, v.nonfinite, v.note);
  if (v.kind === 'tuple') return tuple(v.items.map(detached));
  return v;
}

/** vᵀ·∂y/∂xs, keeping history so the result can be differentiated again. */
export function vjpOf(y: Tensor, xs: readonly Tensor[], v: Tensor): Tensor[] | CellError {
  return attempt(() => vjpCore(y, xs, v));
}

/** J[o][i] = ∂outs[o]/∂leaves[i], one backward pass per output element. */
export function jacobians(outs: readonly Tensor[], leaves: readonly Tensor[]): Tensor[][] | CellError {
  const result: Tensor[][] = [];
  for (const y of outs) {
    const rows: Tensor[][] = leaves.map(() => []);
    for (let k = 0; k < y.size; k++) {
      const e = new Float64Array(y.size);
      e[k] = 1;
      const gs = vjpOf(y, leaves, new Tensor(e, y.shape));
      if (isError(gs)) return gs;
      gs.forEach((g, i) => rows[i].push(g));
    }
    // One gradient per output element: rows of x's shape, assembled into y.shape + x.shape.
    result.push(leaves.map((x, i) => stackAs(rows[i], [...y.shape, ...x.shape])));
  }
  return result;
}

/** PyTorch's nesting of a Jacobian: by outputs, then by inputs, each level a tuple only if it was one. */
export function nestJacobian(j: Tensor[][], outTuple: boolean, inTuple: boolean): CellValue {
  return shaped(
    outTuple,
    j.map((row) => shaped(inTuple, row)),
  );
}

/** The upstream v given as a value matching `like` (a tensor or a tuple of tensors), or ones for one element. */
export function vectorsLike(fn: string, v: CellValue | null, like: readonly Tensor[], what: string): Tensor[] | CellError {
  if (v === null) {
    if (like.length === 1 && like[0].size === 1) return [new Tensor(Float64Array.of(1), like[0].shape)];
    return errors.value(fn, `v is needed unless the ${what} has a single element`);
  }
  const items = v.kind === 'tuple' ? v.items : [v];
  if (items.length !== like.length) return errors.value(fn, `v must have one tensor per ${what} (${like.length}), got ${items.length}`);
  const out: Tensor[] = [];
  for (let i = 0; i < items.length; i++) {
    const t = items[i];
    if (isError(t)) return t;
    if (!isTensor(t)) return errors.value(fn, 'v must be a tensor or a tuple of tensors');
    const want = like[i].shape;
    if (t.shape.length !== want.length || t.shape.some((n, d) => n !== want[d])) {
      return errors.shape(fn, `v has shape ${errors.fmtShape(t.shape)} but the ${what} has shape ${errors.fmtShape(want)}`);
    }
    out.push(t);
  }
  return out;
}

/** Σᵢ sum(aᵢ · bᵢ): the inner product of two lists of tensors, recorded so it can be differentiated. */
export function innerProduct(a: readonly Tensor[], b: readonly Tensor[]): Tensor {
  let total: Tensor | null = null;
  for (let i = 0; i < a.length; i++) {
    const term = run(sum, [run(mul, [a[i], b[i]])], ALL);
    total = total === null ? term : run(add, [total, term]);
  }
  return total ?? new Tensor(Float64Array.of(0), []);
}
