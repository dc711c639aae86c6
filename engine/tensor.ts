// Owns the Tensor: float64 (or boolean) data of any rank, its autograd history and its flags.

import { type Shape, sizeOf } from './shape';

export type DType = 'float64' | 'bool';

/**
 * One recorded operation: the data PyTorch keeps as `grad_fn`. Rules are looked up by `op` in `OPS`,
 * so a node can be printed, walked by the inspector and never holds a closure of ours.
 */
export interface GradNode {
  readonly op: string;
  readonly inputs: readonly Tensor[];
  readonly attrs: unknown;
  /** PyTorch's name for this node (`MulBackward0`); composites relabel the node they end in. */
  gradFn: string;
  /** For a composite's last node: the composite's own inputs, which the inspector shows as next_functions. */
  shown?: readonly Tensor[];
}

/** Where a NaN or ±inf first appeared: the op and the cell it ran in. */
export interface NonFiniteOrigin {
  readonly op: string;
  readonly cell: string | null;
}

/** Counts tensors as they are made: a budget tells what a computation made from what it was given. */
let made = 0;

/** The serial number the next tensor gets: tensors made from now on have `born` at least this. */
export const nextSerial = (): number => made;

export class Tensor {
  readonly kind = 'tensor' as const;
  readonly size: number;
  /** When it was made, in tensors: larger is later. */
  readonly born = made++;
  /** Scratch of the budget's walks (budget.ts), which visit each tensor once without a Set; not part of the value. */
  walked = 0;

  constructor(
    /** Row-major values; booleans are stored as 0 and 1. May be shared with views (reshape, detach). */
    readonly data: Float64Array,
    readonly shape: Shape,
    readonly dtype: DType = 'float64',
    /** PyTorch's user-visible flag. History is recorded regardless, so `grad` works on any tensor. */
    readonly requiresGrad = false,
    /** History, recorded whenever grad mode is on; null for leaves and results of `no_grad`/`detach`. */
    readonly node: GradNode | null = null,
    readonly nonfinite: NonFiniteOrigin | null = null,
    /** A remark shown with the value, e.g. why a gradient is all zeros. */
    readonly note: string | null = null,
  ) {
    this.size = data.length;
  }

  get rank(): number {
    return this.shape.length;
  }

  /** PyTorch's `grad_fn` name, shown only when the tensor requires grad (as PyTorch does). */
  get gradFn(): string | null {
    return this.requiresGrad && this.node ? this.node.gradFn : null;
  }

  /** A copy of this tensor's metadata over the same data, with some fields replaced. */
  with(changes: Partial<Pick<Tensor, 'requiresGrad' | 'node' | 'nonfinite' | 'note' | 'dtype'>>): Tensor {
    return new Tensor(
      this.data,
      this.shape,
      changes.dtype ?? this.dtype,
      changes.requiresGrad ?? this.requiresGrad,
      changes.node === undefined ? this.node : changes.node,
      changes.nonfinite === undefined ? this.nonfinite : changes.nonfinite,
      changes.note === undefined ? this.note : changes.note,
    );
  }
}

export function isTensor(v: unknown): v is Tensor {
  return v instanceof Tensor;
}

/** A new leaf tensor (no history). */
export function tensorOf(data: Float64Array, shape: Shape, opts: { dtype?: DType; requiresGrad?: boolean } = {}): Tensor {
  if (data.length !== sizeOf(shape)) throw new Error(`tensorOf: ${data.length} values for shape [${shape.join(', ')}]`);
  return new Tensor(data, shape, opts.dtype ?? 'float64', opts.requiresGrad ?? false);
}

export function scalar(x: number, requiresGrad = false): Tensor {
  return new Tensor(Float64Array.of(x), [], 'float64', requiresGrad);
}

export function filled(shape: Shape, value: number): Tensor {
  return new Tensor(new Float64Array(sizeOf(shape)).fill(value), shape);
}

/** Nested arrays of numbers (a 0-D tensor is a bare number), as the command line prints values. */
export type Nested = number | boolean | Nested[];

export function toNested(t: Tensor): Nested {
  const { data, shape } = t;
  const conv = (x: number): Nested => (t.dtype === 'bool' ? x !== 0 : x);
  if (shape.length === 0) return conv(data[0]);
  if (data.length === 0) return emptyNested(shape);
  // Build bottom-up without recursion: rows of the last dim first, then group them dim by dim.
  let level: Nested[] = Array.from(data, (x) => conv(x));
  for (let d = shape.length - 1; d >= 0; d--) {
    const n = shape[d];
    const grouped: Nested[] = [];
    for (let i = 0; i < level.length; i += n) grouped.push(level.slice(i, i + n));
    level = grouped;
  }
  return level[0];
}

/** Nested empty lists for a shape with a zero in it: [2, 0] is [[], []], [0, 3] is []. */
function emptyNested(shape: Shape): Nested {
  const zero = shape.indexOf(0);
  let level: Nested = [];
  for (let d = zero - 1; d >= 0; d--) level = Array.from({ length: shape[d] }, () => (level as Nested[]).slice());
  return level;
}

/**
 * A tensor from nested arrays of numbers, or why they do not make one (ragged rows): the message says
 * where. Used for list literals and by tests.
 */
export function fromNested(value: Nested, opts: { dtype?: DType; requiresGrad?: boolean } = {}): Tensor | string {
  const shape: number[] = [];
  let probe: Nested = value;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    if (probe.length === 0) break;
    probe = probe[0];
  }
  const data = new Float64Array(sizeOf(shape));
  let k = 0;
  // Iterative walk: a stack of (array, depth) so deep nesting cannot overflow the call stack.
  const stack: { items: Nested; depth: number }[] = [{ items: value, depth: 0 }];
  while (stack.length > 0) {
    const { items, depth } = stack.pop()!;
    if (depth === shape.length) {
      if (Array.isArray(items)) return `ragged nesting at depth ${depth}`;
      data[k++] = typeof items === 'boolean' ? Number(items) : items;
      continue;
    }
    if (!Array.isArray(items) || items.length !== shape[depth]) {
      return `row ${depth === 0 ? '' : `at depth ${depth} `}has ${Array.isArray(items) ? items.length : 'no'} elements, expected ${shape[depth]}`;
    }
    for (let i = items.length - 1; i >= 0; i--) stack.push({ items: items[i], depth: depth + 1 });
  }
  return new Tensor(data, shape, opts.dtype ?? 'float64', opts.requiresGrad ?? false);
}
