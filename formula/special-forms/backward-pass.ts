// Owns what `grad` and `backward` share: PyTorch's keywords of a backward pass, and checking the
// output y and its upstream v before a pass.

import { type CellError, errors, isError } from '../../engine/errors';
import { type Tensor, filled, isTensor } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';
import { truth } from '../functions/coerce';
import type { ParamSpec } from '../functions/types';
import type { CallArg, FormContext } from './special-form';

/** PyTorch's keywords of a backward pass, last in both forms' `kwargs` (read by `createGraph`). */
export const GRAPH_KWARGS: readonly ParamSpec[] = [
  { name: 'retain_graph', kind: 'bool', default: false, doc: 'Accepted as PyTorch does; a sheet never frees a graph.' },
  {
    name: 'create_graph',
    kind: 'bool',
    default: false,
    doc: 'Show the gradient with its own grad_fn (a later grad differentiates it either way).',
  },
];

/** `create_graph=`, after checking `retain_graph=` too (accepted: a sheet never frees a graph). */
export function createGraph(fn: string, retain: CallArg | null, create: CallArg | null, ctx: FormContext): boolean | CellError {
  const [kept, on] = [retain, create].map((a) => (a === null ? false : truth(fn, ctx.value(a))));
  if (isError(kept)) return kept;
  return on;
}

/** Checks y (and v) for a backward pass: v is required for a y of more than one element. */
export function upstream(fn: 'grad' | 'backward', y: CellValue, v: CellValue | null): Tensor | CellError {
  if (!isTensor(y)) return errors.value(fn, `the output must be a tensor, got a ${y.kind}`);
  if (y.dtype === 'bool') return errors.grad(`${fn}: a boolean tensor has no gradient`);
  if (v === null) {
    if (y.size === 1) return filled(y.shape, 1);
    const shape = errors.fmtShape(y.shape);
    const which = fn === 'grad' ? 'third' : 'second';
    return errors.grad(
      `${fn}: the output has shape ${shape} (${y.size} elements); a gradient of more than one element needs an upstream tensor ` +
        `of shape ${shape} as ${fn}'s ${which} argument, as y.backward(v) does`,
    );
  }
  if (isError(v)) return v;
  if (!isTensor(v)) return errors.value(fn, `the upstream tensor must be a tensor, got a ${v.kind}`);
  if (v.shape.length !== y.shape.length || v.shape.some((n, d) => n !== y.shape[d])) {
    return errors.shape(
      fn,
      `the upstream tensor has shape ${errors.fmtShape(v.shape)} but the output has shape ${errors.fmtShape(y.shape)}`,
    );
  }
  return v;
}
