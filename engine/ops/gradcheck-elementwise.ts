// Owns the gradient-check rows of the elementwise ops.

import type { Shape } from '../shape';
import { sizeOf } from '../shape';
import { Tensor, scalar } from '../tensor';
import type { GradCheckRow, GradRow } from './gradcheck-table';
import { abs } from './abs';
import { ceil } from './ceil';
import { clamp } from './clamp';
import { cos } from './cos';
import { eq } from './eq';
import { erf } from './erf';
import { exp } from './exp';
import { floor } from './floor';
import { ge } from './ge';
import { gelu } from './gelu';
import { gt } from './gt';
import { le } from './le';
import { leaky_relu } from './leaky_relu';
import { log } from './log';
import { log1p } from './log1p';
import { lt } from './lt';
import { maximum } from './maximum';
import { minimum } from './minimum';
import { ne } from './ne';
import { pow } from './pow';
import { relu } from './relu';
import { round } from './round';
import { sigmoid } from './sigmoid';
import { sign } from './sign';
import { sin } from './sin';
import { softplus } from './softplus';
import { sqrt } from './sqrt';
import { tan } from './tan';
import { tanh } from './tanh';
import { where } from './where';

type Interval = readonly [number, number];

const UNARY: GradRow['shapes'] = [[[]], [[2, 3]]];
const BINARY: GradRow['shapes'] = [[[], []], [[3], [3]], [[2, 3], [3]], [[2, 1], [1, 3]]];

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
const within =
  (...perInput: readonly (readonly Interval[])[]) =>
  (i: number, shape: Shape, random: () => number): Tensor | null =>
    perInput[i] ? drawFrom(shape, random, perInput[i]) : null;

/** A `make` that holds input i at a plain number. */
const fixed = (i: number, value: number) => (j: number) => (j === i ? scalar(value) : null);

const OFF_ZERO: readonly Interval[] = [[-2, -0.2], [0.2, 2]];
const OFF_INTEGERS: readonly Interval[] = [[-2.9, -2.1], [-1.9, -1.1], [-0.9, -0.1], [0.1, 0.9], [1.1, 1.9]];
const OFF_HALVES: readonly Interval[] = [[-1.9, -1.6], [-1.4, -1.1], [-0.9, -0.6], [-0.4, -0.1], [0.1, 0.4], [0.6, 0.9], [1.1, 1.4]];
// Two interleaved lattices: a value from EVEN and one from ODD are never within 0.2 of each other.
const EVEN: readonly Interval[] = [[-1.9, -1.1], [0.1, 0.9]];
const ODD: readonly Interval[] = [[-0.9, -0.1], [1.1, 1.9]];
const LOW: readonly Interval[] = [[-1.9, -1.1]];
const HIGH: readonly Interval[] = [[1.1, 1.9]];

/** A boolean condition (or, with `numeric`, numbers of which about a third are 0 = false). */
const condition =
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

export const ELEMENTWISE_ROWS: readonly GradCheckRow[] = [
  { op: abs, shapes: UNARY, make: within(OFF_ZERO) },
  { op: sign, shapes: UNARY, make: within(OFF_ZERO) },
  { op: exp, shapes: UNARY },
  { op: log, shapes: UNARY, domain: [0.5, 3] },
  { op: log1p, shapes: UNARY, domain: [0.1, 3] },
  { op: sqrt, shapes: UNARY, domain: [0.5, 3] },
  { op: sin, shapes: UNARY, domain: [-3, 3] },
  { op: cos, shapes: UNARY, domain: [-3, 3] },
  { op: tan, shapes: UNARY, domain: [-1.2, 1.2] },
  { op: tanh, shapes: UNARY, domain: [-3, 3] },
  { op: sigmoid, shapes: UNARY, domain: [-4, 4] },
  { op: relu, shapes: UNARY, make: within(OFF_ZERO) },
  { op: leaky_relu, shapes: UNARY, attrs: { slope: 0.01 }, make: within(OFF_ZERO) },
  { op: leaky_relu, shapes: UNARY, attrs: { slope: 0.2 }, make: within(OFF_ZERO) },
  { op: softplus, shapes: UNARY, attrs: { beta: 1, threshold: 20 }, domain: [-4, 4] },
  // beta·x crosses the threshold at x = 1: both branches, away from the switch.
  { op: softplus, shapes: [[[2, 3]]], attrs: { beta: 2, threshold: 2 }, make: within([[-2, 0.8], [1.2, 3]]) },
  { op: gelu, shapes: UNARY, attrs: { approximate: 'none' }, domain: [-3, 3] },
  { op: gelu, shapes: UNARY, attrs: { approximate: 'tanh' }, domain: [-3, 3] },
  { op: erf, shapes: UNARY, domain: [-2.5, 2.5] },
  { op: floor, shapes: UNARY, make: within(OFF_INTEGERS) },
  { op: ceil, shapes: UNARY, make: within(OFF_INTEGERS) },
  { op: round, shapes: UNARY, attrs: { decimals: null }, make: within(OFF_HALVES) },
  { op: round, shapes: [[[2, 3]]], attrs: { decimals: 1 }, make: within(OFF_HALVES.map(([a, b]) => [a / 10, b / 10] as const)) },
  { op: pow, shapes: BINARY, domain: [[0.5, 2], [-2, 2]] },
  // A plain-number exponent (PowBackward0), the exponent 0 (masked slope), a plain-number base (PowBackward2).
  { op: pow, shapes: [[[2, 3], []]], constant: [1], make: fixed(1, 3), domain: [[0.5, 2], [0, 0]] },
  { op: pow, shapes: [[[2, 3], []]], constant: [1], make: fixed(1, 0), domain: [[0.5, 2], [0, 0]] },
  { op: pow, shapes: [[[], [2, 3]]], constant: [0], make: fixed(0, 1.5), domain: [[0, 0], [-2, 2]] },
  { op: maximum, shapes: BINARY, make: within(EVEN, ODD) },
  { op: minimum, shapes: BINARY, make: within(ODD, EVEN) },
  { op: clamp, shapes: [[[2, 3], []], [[2, 3], [3]], [[2, 1], [1, 3]]], attrs: { min: true, max: false }, make: within([[-3, -2], [-1, 1]], LOW) },
  { op: clamp, shapes: [[[2, 3], []], [[3], [2, 3]]], attrs: { min: false, max: true }, make: within([[-1, 1], [2, 3]], HIGH) },
  {
    op: clamp, shapes: [[[2, 3], [], []], [[2, 3], [3], [2, 1]], [[3], [2, 3], []]], attrs: { min: true, max: true },
    make: within([[-3, -2], [-1, 1], [2, 3]], LOW, HIGH),
  },
  // min > max: the result is max everywhere, and only max gets a gradient (PyTorch's clamp_backward_min_max).
  { op: clamp, shapes: [[[2, 3], [3], []]], attrs: { min: true, max: true }, make: within([[-3, 3]], HIGH, LOW) },
  { op: where, shapes: [[[2, 3], [2, 3], [2, 3]], [[2, 3], [3], []], [[2, 1], [1, 3], [2, 3]]], constant: [0], make: condition(false) },
  { op: where, shapes: [[[2, 3], [2, 3], [3]]], constant: [0], make: condition(true) },
  { op: eq, noGrad: true },
  { op: ne, noGrad: true },
  { op: lt, noGrad: true },
  { op: le, noGrad: true },
  { op: gt, noGrad: true },
  { op: ge, noGrad: true },
];
