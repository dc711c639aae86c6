// Owns OpDef, the shape of one operation, and `call`, the single place every op runs through.

import { chargeMemory, chargeStep, refundMemory } from './budget';
import { type CellError, isError } from './errors';
import { isGradEnabled } from './grad-mode';
import { limits } from './limits';
import { nonFiniteOrigin } from './nonfinite';
import { activeProfile } from './profiler';
import { type Shape, shapeLimitError, sizeOf } from './shape';
import { type DType, type GradNode, Tensor } from './tensor';

/** One primitive operation: its shape rule, forward, backward and PyTorch's grad_fn name, in one place. */
export interface OpDef<A = undefined> {
  readonly name: string;
  /** PyTorch's `grad_fn` name for this op's output; some depend on the attrs (`SumBackward0` / `SumBackward1`). */
  readonly gradFn: string | ((attrs: A, inputs: readonly Tensor[]) => string);
  readonly doc: string;
  /**
   * The output shape, or why the inputs do not fit. Runs before anything is allocated. `tensors` is
   * the same array `forward` then receives (only `customgrad` needs it: its shape is its forward's).
   */
  shape(inputs: readonly Shape[], attrs: A, dtypes: readonly DType[], tensors: readonly Tensor[]): Shape | CellError;
  /** The output dtype; float64 unless said. */
  dtype?: (dtypes: readonly DType[], attrs: A) => DType;
  /** Computes the output values for `outShape`. May return an input's buffer for a view. */
  forward(inputs: readonly Tensor[], attrs: A, outShape: Shape): Float64Array;
  /**
   * Gradients of each input given the upstream `g` (of the output's shape), written with `call` so
   * the backward pass is itself differentiable. A gradient may keep the broadcast shape: the core sums
   * it back to the input's shape. `null` where an input has no gradient. Absent: not differentiable.
   * `needs[i]` says whether input i's gradient is wanted at all, so a rule may skip costly work.
   */
  backward?(inputs: readonly Tensor[], out: Tensor, g: Tensor, attrs: A, needs: readonly boolean[]): readonly (Tensor | null)[];
}

// Ops are stored with their attrs type erased; each op file keeps its own precise type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOp = OpDef<any>;

/** Attrs are optional for ops that take none. */
type AttrsArg<A> = A extends undefined ? [attrs?: A] : [attrs: A];

// Shape rules read these and keep nothing of them (a rule returns an input's shape or a new one).
const SHAPES_1: Shape[] = [[]];
const SHAPES_2: Shape[] = [[], []];
const DTYPES_1: DType[] = ['float64'];
const DTYPES_2: DType[] = ['float64', 'float64'];
let inShapeRule = false;

/**
 * Runs `op` on `inputs`: shape rule, size limit, forward, then requires_grad, history and the
 * non-finite origin. A user's mistake comes back as a CellError, never a throw.
 */
export function call<A>(op: OpDef<A>, inputs: readonly Tensor[], ...attrs: AttrsArg<A>): Tensor | CellError;
// One optional parameter rather than a rest one: a rest array would be allocated on every call.
export function call<A>(op: OpDef<A>, inputs: readonly Tensor[], attrs?: A): Tensor | CellError {
  return apply(op, inputs, attrs as A);
}

function apply<A>(op: OpDef<A>, inputs: readonly Tensor[], attrs: A): Tensor | CellError {
  const profile = activeProfile;
  if (profile === null || !profile.recordsForward) return applyOp(op, inputs, attrs);
  profile.enter(op.name, 'forward');
  try {
    return applyOp(op, inputs, attrs);
  } finally {
    profile.leave();
  }
}

function applyOp<A>(op: OpDef<A>, inputs: readonly Tensor[], attrs: A): Tensor | CellError {
  const k = inputs.length;
  // Most calls take one or two inputs: their shapes and dtypes go in arrays kept for the purpose,
  // unless a shape rule is running user code (customgrad) that calls back in here.
  const reuse = !inShapeRule && (k === 1 || k === 2);
  const shapes = reuse ? (k === 1 ? SHAPES_1 : SHAPES_2) : new Array<Shape>(k);
  const dtypes = reuse ? (k === 1 ? DTYPES_1 : DTYPES_2) : new Array<DType>(k);
  for (let i = 0; i < k; i++) {
    shapes[i] = inputs[i].shape;
    dtypes[i] = inputs[i].dtype;
  }
  const outer = inShapeRule;
  inShapeRule = true;
  let outShape: Shape | CellError;
  let dtype: DType;
  try {
    outShape = op.shape(shapes, attrs, dtypes, inputs);
    dtype = op.dtype ? op.dtype(dtypes, attrs) : 'float64';
  } finally {
    inShapeRule = outer;
  }
  if (isError(outShape)) return outShape;
  const beyond = shapeLimitError(op.name, outShape, limits.maxElements);
  if (beyond) return beyond;
  const n = sizeOf(outShape);
  const over = chargeStep(op.name) ?? chargeMemory(op.name, n);
  if (over !== null) return over;
  const data = op.forward(inputs, attrs, outShape);
  for (let i = 0; i < k; i++) {
    if (inputs[i].data === data) {
      refundMemory(n); // a view: the data is its input's
      break;
    }
  }
  let requiresGrad = false;
  let node: GradNode | null = null;
  if (dtype === 'float64' && op.backward !== undefined && isGradEnabled()) {
    for (let i = 0; i < k; i++) if (inputs[i].requiresGrad) requiresGrad = true;
    node = { op: op.name, inputs, attrs, gradFn: typeof op.gradFn === 'string' ? op.gradFn : op.gradFn(attrs, inputs) };
  }
  const nonfinite = dtype === 'float64' ? nonFiniteOrigin(op.name, inputs, data) : null;
  return new Tensor(data, outShape, dtype, requiresGrad, node, nonfinite);
}

/**
 * Carries a CellError out of a chain of `run` calls. A departure from "errors are values": composites
 * and backward rules would otherwise check every intermediate. It never leaves the engine's entry
 * points (`attempt`, autograd, the evaluator's function boundary), which turn it back into a value.
 */
export class OpFailure extends Error {
  constructor(readonly error: CellError) {
    super(error.message);
  }
}

/** `call` for chains of ops: an error is thrown as OpFailure, to be caught by `attempt`. */
export function run<A>(op: OpDef<A>, inputs: readonly Tensor[], ...attrs: AttrsArg<A>): Tensor;
export function run<A>(op: OpDef<A>, inputs: readonly Tensor[], attrs?: A): Tensor {
  const r = apply(op, inputs, attrs as A);
  if (isError(r)) throw new OpFailure(r);
  return r;
}

/** Runs a chain of `run` calls, turning the first failure back into an error value. */
export function attempt<T>(body: () => T): T | CellError {
  try {
    return body();
  } catch (e) {
    if (e instanceof OpFailure) return e.error;
    throw e;
  }
}
