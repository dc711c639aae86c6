// Owns the helpers the op table's gradient checks are written with: input shapes, domains that keep
// inputs off kinks, and inputs made rather than drawn (conditions, indices, index parts).

import { type CellError, isError } from '../errors';
import type { Shape } from '../shape';
import { sizeOf } from '../shape';
import { run } from '../op';
import { Tensor, scalar } from '../tensor';
import { mul } from './mul';
import type { GradSpec } from './row';
import { type IndexAttrs, type RawIndexPart, normaliseIndex } from './index-parts';

type Interval = readonly [number, number];

export const UNARY: GradSpec['shapes'] = [[[]], [[2, 3]]];
export const BINARY: GradSpec['shapes'] = [
  [[], []],
  [[3], [3]],
  [[2, 3], [3]],
  [
    [2, 1],
    [1, 3],
  ],
];

/** Values drawn uniformly from a union of intervals (one picked at random per element): keeps inputs off kinks. */
function drawFrom(shape: Shape, random: () => number, intervals: readonly Interval[]): Tensor {
  const data = new Float64Array(sizeOf(shape));
  for (let k = 0; k < data.length; k++) {
    const [lo, hi] = intervals[Math.floor(random() * intervals.length)];
    data[k] = lo + (hi - lo) * random();
  }
  return new Tensor(data, shape);
}

/** A `make` drawing input i from `perInput[i]` (inputs past the list are drawn as usual). */
export const within =
  (...perInput: readonly (readonly Interval[])[]) =>
  (i: number, shape: Shape, random: () => number): Tensor | null =>
    perInput[i] ? drawFrom(shape, random, perInput[i]) : null;

/** A `make` that holds input i at a plain number. */
export const fixed = (i: number, value: number) => (j: number) => (j === i ? scalar(value) : null);

export const OFF_ZERO: readonly Interval[] = [
  [-2, -0.2],
  [0.2, 2],
];
export const OFF_INTEGERS: readonly Interval[] = [
  [-2.9, -2.1],
  [-1.9, -1.1],
  [-0.9, -0.1],
  [0.1, 0.9],
  [1.1, 1.9],
];
export const OFF_HALVES: readonly Interval[] = [
  [-1.9, -1.6],
  [-1.4, -1.1],
  [-0.9, -0.6],
  [-0.4, -0.1],
  [0.1, 0.4],
  [0.6, 0.9],
  [1.1, 1.4],
];
// Two interleaved lattices: a value from EVEN and one from ODD are never within 0.2 of each other.
export const EVEN: readonly Interval[] = [
  [-1.9, -1.1],
  [0.1, 0.9],
];
export const ODD: readonly Interval[] = [
  [-0.9, -0.1],
  [1.1, 1.9],
];
export const LOW: readonly Interval[] = [[-1.9, -1.1]];
export const HIGH: readonly Interval[] = [[1.1, 1.9]];

/** A boolean condition (or, with `numeric`, numbers of which about a third are 0 = false). */
export const condition =
  (numeric: boolean) =>
  (i: number, shape: Shape, random: () => number): Tensor | null => {
    if (i !== 0) return null;
    const data = new Float64Array(sizeOf(shape));
    for (let k = 0; k < data.length; k++) {
      const r = random();
      data[k] = numeric ? (r < 1 / 3 ? 0 : r < 2 / 3 ? -1.5 : 2) : Number(r < 0.5);
    }
    return new Tensor(data, shape, numeric ? 'float64' : 'bool');
  };

/** Shapes of two inputs that broadcast every way: equal, row against matrix, column against row, against a scalar. */
export const BROADCASTING: GradSpec['shapes'] = [
  [[], []],
  [[3], [3]],
  [[2, 3], [3]],
  [
    [2, 1],
    [1, 3],
  ],
  [[4], []],
];

/** Input 1 as whole numbers in [0, size): the index of gather / scatter_add, held constant. */
export const indexInput =
  (size: number) =>
  (i: number, shape: Shape, random: () => number): Tensor | null => {
    if (i !== 1) return null;
    const data = new Float64Array(shape.reduce((a, b) => a * b, 1));
    for (let k = 0; k < data.length; k++) data[k] = Math.floor(random() * size);
    return new Tensor(data, shape);
  };

/** Attrs from parts as a formula writes them, so the rows also cover negative indices. */
export function parts(shape: number[], raw: RawIndexPart[]): IndexAttrs {
  const r: IndexAttrs | CellError = normaliseIndex(shape, raw);
  if (isError(r)) throw new Error(r.message);
  return r;
}
export const pick = (v: number): RawIndexPart => ({ kind: 'index', value: scalar(v) });
export const span = (start: number | null, stop: number | null, step: number | null = null): RawIndexPart => ({
  kind: 'slice',
  start,
  stop,
  step,
});

/** customgrad's attrs for a user's cube with its hand-written derivative 3x²·g (written with ops, so second order holds too). */
export const CUBE = {
  forward: ([x]: readonly Tensor[]) => run(mul, [run(mul, [x, x]), x]),
  backward: ([x]: readonly Tensor[], g: Tensor) => [run(mul, [run(mul, [run(mul, [x, x]), scalar(3)]), g])],
};
