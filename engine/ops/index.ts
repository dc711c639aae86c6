// Owns the op table: every primitive op once, with how its backward is checked and, for an op whose
// sheet function is the op itself, that function's PyTorch name and examples. OPS, the gradient check
// (engine/ops/gradcheck.test.ts) and the thin sheet functions (formula/functions/op-functions.ts) read it.
// size: one table, one row per op, so that a new op is one row here (docs/ARCHITECTURE.md).

import type { AnyOp } from '../op';
import {
  BINARY,
  BROADCASTING,
  CUBE,
  EVEN,
  HIGH,
  LOW,
  ODD,
  OFF_HALVES,
  OFF_INTEGERS,
  OFF_ZERO,
  UNARY,
  condition,
  fixed,
  indexInput,
  parts,
  pick,
  span,
  within,
} from './gradcheck-kit';
import { NO_GRAD, type OpRow, binary, unary } from './row';
import { abs } from './abs';
import { add } from './add';
import { amax } from './amax';
import { amin } from './amin';
import { argmax } from './argmax';
import { argmin } from './argmin';
import { binary_cross_entropy } from './binary_cross_entropy';
import { binary_cross_entropy_with_logits } from './binary_cross_entropy_with_logits';
import { cat } from './cat';
import { ceil } from './ceil';
import { clamp } from './clamp';
import { cos } from './cos';
import { cumsum } from './cumsum';
import { customgrad } from './customgrad';
import { div } from './div';
import { eq } from './eq';
import { erf } from './erf';
import { exp } from './exp';
import { expand } from './expand';
import { floor } from './floor';
import { gather } from './gather';
import { ge } from './ge';
import { gelu } from './gelu';
import { gt } from './gt';
import { getitem } from './getitem';
import { index_backward } from './index_backward';
import { le } from './le';
import { leaky_relu } from './leaky_relu';
import { linalg_vector_norm } from './linalg_vector_norm';
import { log } from './log';
import { log1p } from './log1p';
import { log_softmax } from './log_softmax';
import { logsumexp } from './logsumexp';
import { lt } from './lt';
import { matmul } from './matmul';
import { maximum } from './maximum';
import { minimum } from './minimum';
import { mul } from './mul';
import { ne } from './ne';
import { neg } from './neg';
import { permute } from './permute';
import { pow } from './pow';
import { prod } from './prod';
import { prod_others } from './prod_others';
import { relu } from './relu';
import { reshape } from './reshape';
import { round } from './round';
import { scatter_add } from './scatter_add';
import { sigmoid } from './sigmoid';
import { sign } from './sign';
import { sin } from './sin';
import { smooth_l1_loss } from './smooth_l1_loss';
import { softmax } from './softmax';
import { softplus } from './softplus';
import { sqrt } from './sqrt';
import { stack } from './stack';
import { sub } from './sub';
import { sum } from './sum';
import { sum_to } from './sum_to';
import { tan } from './tan';
import { tanh } from './tanh';
import { where } from './where';

export const OP_TABLE: readonly OpRow[] = [
  { op: add, grad: { shapes: BROADCASTING } },
  { op: sub, grad: { shapes: BROADCASTING } },
  { op: mul, grad: { shapes: BROADCASTING }, fn: binary('torch.mul', [{ formula: '=mul([1, 2], 3)', result: [3, 6] }]) },
  {
    op: div,
    grad: {
      shapes: BROADCASTING,
      domain: [
        [-2, 2],
        [0.5, 2],
      ],
    },
    fn: binary('torch.div', [{ formula: '=div([1, 2], 4)', result: [0.25, 0.5] }]),
  },
  { op: neg, grad: { shapes: [[[]], [[2, 3]]] }, fn: unary('torch.neg', [{ formula: '=neg([1, -2])', result: [-1, 2] }]) },
  {
    op: pow,
    grad: [
      {
        shapes: BINARY,
        domain: [
          [0.5, 2],
          [-2, 2],
        ],
      },
      // A plain-number exponent (PowBackward0), the exponent 0 (masked slope), a plain-number base (PowBackward2).
      {
        shapes: [[[2, 3], []]],
        constant: [1],
        make: fixed(1, 3),
        domain: [
          [0.5, 2],
          [0, 0],
        ],
      },
      {
        shapes: [[[2, 3], []]],
        constant: [1],
        make: fixed(1, 0),
        domain: [
          [0.5, 2],
          [0, 0],
        ],
      },
      {
        shapes: [[[], [2, 3]]],
        constant: [0],
        make: fixed(0, 1.5),
        domain: [
          [0, 0],
          [-2, 2],
        ],
      },
    ],
    fn: binary(
      'torch.pow',
      [
        { formula: '=pow([1, 2, 3], 2)', result: [1, 4, 9] },
        { formula: '=pow(2, [0, 1, -1])', result: [1, 2, 0.5] },
      ],
      'exponent',
    ),
  },
  {
    op: abs,
    grad: { shapes: UNARY, make: within(OFF_ZERO) },
    fn: unary('torch.abs', [{ formula: '=abs([-2, 0, 3])', result: [2, 0, 3] }]),
  },
  {
    op: sign,
    grad: { shapes: UNARY, make: within(OFF_ZERO) },
    fn: unary('torch.sign', [{ formula: '=sign([-2, 0, 3])', result: [-1, 0, 1] }]),
  },
  { op: exp, grad: { shapes: UNARY }, fn: unary('torch.exp', [{ formula: '=exp([0, 1])', result: [1, 2.718281828459045] }]) },
  {
    op: log,
    grad: { shapes: UNARY, domain: [0.5, 3] },
    fn: unary('torch.log', [{ formula: '=log([1, 2.718281828459045])', result: [0, 1] }]),
  },
  { op: log1p, grad: { shapes: UNARY, domain: [0.1, 3] }, fn: unary('torch.log1p', [{ formula: '=log1p(1e-20)', result: 1e-20 }]) },
  { op: sqrt, grad: { shapes: UNARY, domain: [0.5, 3] }, fn: unary('torch.sqrt', [{ formula: '=sqrt([4, 9])', result: [2, 3] }]) },
  { op: sin, grad: { shapes: UNARY, domain: [-3, 3] }, fn: unary('torch.sin', [{ formula: '=sin(0)', result: 0 }]) },
  { op: cos, grad: { shapes: UNARY, domain: [-3, 3] }, fn: unary('torch.cos', [{ formula: '=cos(0)', result: 1 }]) },
  { op: tan, grad: { shapes: UNARY, domain: [-1.2, 1.2] }, fn: unary('torch.tan', [{ formula: '=tan(0)', result: 0 }]) },
  { op: tanh, grad: { shapes: UNARY, domain: [-3, 3] }, fn: unary('torch.tanh', [{ formula: '=tanh([0, 1000])', result: [0, 1] }]) },
  { op: erf, grad: { shapes: UNARY, domain: [-2.5, 2.5] }, fn: unary('torch.erf', [{ formula: '=erf([0, 30])', result: [0, 1] }]) },
  { op: sigmoid, grad: { shapes: UNARY, domain: [-4, 4] }, fn: unary('torch.sigmoid', [{ formula: '=sigmoid(0)', result: 0.5 }]) },
  {
    op: relu,
    grad: { shapes: UNARY, make: within(OFF_ZERO) },
    fn: unary('torch.nn.functional.relu', [{ formula: '=relu([-1, 0, 2])', result: [0, 0, 2] }]),
  },
  {
    op: leaky_relu,
    grad: [
      { shapes: UNARY, attrs: { slope: 0.01 }, make: within(OFF_ZERO) },
      { shapes: UNARY, attrs: { slope: 0.2 }, make: within(OFF_ZERO) },
    ],
  },
  {
    op: softplus,
    grad: [
      { shapes: UNARY, attrs: { beta: 1, threshold: 20 }, domain: [-4, 4] },
      // beta·x crosses the threshold at x = 1: both branches, away from the switch.
      {
        shapes: [[[2, 3]]],
        attrs: { beta: 2, threshold: 2 },
        make: within([
          [-2, 0.8],
          [1.2, 3],
        ]),
      },
    ],
  },
  {
    op: gelu,
    grad: [
      { shapes: UNARY, attrs: { approximate: 'none' }, domain: [-3, 3] },
      { shapes: UNARY, attrs: { approximate: 'tanh' }, domain: [-3, 3] },
    ],
  },
  {
    op: floor,
    grad: { shapes: UNARY, make: within(OFF_INTEGERS) },
    fn: unary('torch.floor', [{ formula: '=floor([-1.5, 1.5])', result: [-2, 1] }]),
  },
  {
    op: ceil,
    grad: { shapes: UNARY, make: within(OFF_INTEGERS) },
    fn: unary('torch.ceil', [{ formula: '=ceil([-1.5, 1.5])', result: [-1, 2] }]),
  },
  {
    op: round,
    grad: [
      { shapes: UNARY, attrs: { decimals: null }, make: within(OFF_HALVES) },
      { shapes: [[[2, 3]]], attrs: { decimals: 1 }, make: within(OFF_HALVES.map(([a, b]) => [a / 10, b / 10] as const)) },
    ],
  },
  {
    op: maximum,
    grad: { shapes: BINARY, make: within(EVEN, ODD) },
    fn: binary('torch.maximum', [{ formula: '=maximum([1, 5], [3, 2])', result: [3, 5] }]),
  },
  {
    op: minimum,
    grad: { shapes: BINARY, make: within(ODD, EVEN) },
    fn: binary('torch.minimum', [{ formula: '=minimum([1, 5], [3, 2])', result: [1, 2] }]),
  },
  {
    op: clamp,
    grad: [
      {
        shapes: [
          [[2, 3], []],
          [[2, 3], [3]],
          [
            [2, 1],
            [1, 3],
          ],
        ],
        attrs: { min: true, max: false },
        make: within(
          [
            [-3, -2],
            [-1, 1],
          ],
          LOW,
        ),
      },
      {
        shapes: [
          [[2, 3], []],
          [[3], [2, 3]],
        ],
        attrs: { min: false, max: true },
        make: within(
          [
            [-1, 1],
            [2, 3],
          ],
          HIGH,
        ),
      },
      {
        shapes: [
          [[2, 3], [], []],
          [[2, 3], [3], [2, 1]],
          [[3], [2, 3], []],
        ],
        attrs: { min: true, max: true },
        make: within(
          [
            [-3, -2],
            [-1, 1],
            [2, 3],
          ],
          LOW,
          HIGH,
        ),
      },
      // min > max: the result is max everywhere, and only max gets a gradient (PyTorch's clamp_backward_min_max).
      { shapes: [[[2, 3], [3], []]], attrs: { min: true, max: true }, make: within([[-3, 3]], HIGH, LOW) },
    ],
  },
  {
    op: where,
    grad: [
      {
        shapes: [
          [
            [2, 3],
            [2, 3],
            [2, 3],
          ],
          [[2, 3], [3], []],
          [
            [2, 1],
            [1, 3],
            [2, 3],
          ],
        ],
        constant: [0],
        make: condition(false),
      },
      { shapes: [[[2, 3], [2, 3], [3]]], constant: [0], make: condition(true) },
    ],
  },
  { op: eq, grad: NO_GRAD, fn: binary('torch.eq', [{ formula: '=eq([1, 2], 2)', result: [false, true] }]) },
  { op: ne, grad: NO_GRAD, fn: binary('torch.ne', [{ formula: '=ne([1, 2], 2)', result: [true, false] }]) },
  { op: lt, grad: NO_GRAD, fn: binary('torch.lt', [{ formula: '=lt([1, 2, 3], 2)', result: [true, false, false] }]) },
  { op: le, grad: NO_GRAD, fn: binary('torch.le', [{ formula: '=le([1, 2, 3], 2)', result: [true, true, false] }]) },
  { op: gt, grad: NO_GRAD, fn: binary('torch.gt', [{ formula: '=gt([1, 2, 3], 2)', result: [false, false, true] }]) },
  { op: ge, grad: NO_GRAD, fn: binary('torch.ge', [{ formula: '=ge([1, 2, 3], 2)', result: [false, true, true] }]) },
  {
    op: sum,
    grad: [
      { shapes: [[[]], [[2, 3]]], attrs: { dims: null, keepdim: false } },
      { shapes: [[[2, 3, 4]]], attrs: { dims: [0, -1], keepdim: true } },
      { shapes: [[[2, 3]]], attrs: { dims: [1], keepdim: false } },
    ],
  },
  {
    op: sum_to,
    grad: [
      { shapes: [[[2, 3]]], attrs: [3] },
      { shapes: [[[2, 3]]], attrs: [2, 1] },
    ],
  },
  { op: expand, grad: { shapes: [[[3]], [[2, 1]]], attrs: [4, 2, 3] } },
  { op: reshape, grad: { shapes: [[[2, 3]]], attrs: [3, 2] } },
  { op: customgrad, grad: { shapes: [[[3]], [[2, 2]]], attrs: CUBE } },
  {
    op: amax,
    grad: [
      { shapes: [[[]], [[2, 3]]], attrs: { dims: null, keepdim: false } },
      { shapes: [[[2, 3, 4]]], attrs: { dims: [0, 2], keepdim: true } },
    ],
  },
  { op: amin, grad: { shapes: [[[3]], [[2, 3]]], attrs: { dims: [-1], keepdim: false } } },
  { op: argmax, grad: NO_GRAD },
  { op: argmin, grad: NO_GRAD },
  {
    op: prod,
    grad: [
      { shapes: [[[]], [[2, 3]]], attrs: { dim: null, keepdim: false } },
      { shapes: [[[2, 3]], [[3, 4]]], attrs: { dim: 1, keepdim: true } },
    ],
  },
  {
    op: prod_others,
    grad: [
      { shapes: [[[4]], [[3, 2]]], attrs: { dim: 0 } },
      { shapes: [[[2, 3, 2]]], attrs: { dim: 1 } },
    ],
  },
  {
    op: softmax,
    grad: [
      { shapes: [[[3]], [[2, 3]]], attrs: { dims: [-1] } },
      { shapes: [[[2, 3, 2]]], attrs: { dims: [0, 2] } },
    ],
  },
  { op: log_softmax, grad: { shapes: [[[]], [[2, 3]]], attrs: { dims: [0] } } },
  {
    op: logsumexp,
    grad: [
      { shapes: [[[]], [[2, 3]]], attrs: { dims: null, keepdim: false } },
      { shapes: [[[2, 3, 2]]], attrs: { dims: [1], keepdim: true } },
    ],
  },
  {
    op: cumsum,
    grad: [
      { shapes: [[[4]], [[2, 3]]], attrs: { dim: -1 } },
      { shapes: [[[2, 3]]], attrs: { dim: 0, reverse: true } },
    ],
  },
  {
    op: gather,
    grad: [
      {
        shapes: [
          [
            [3, 4],
            [3, 2],
          ],
          [[4], [6]],
        ],
        attrs: { dim: -1 },
        constant: [1],
        make: indexInput(4),
      },
      {
        shapes: [
          [
            [3, 2],
            [2, 2],
          ],
        ],
        attrs: { dim: 0 },
        constant: [1],
        make: indexInput(3),
      },
    ],
  },
  {
    op: scatter_add,
    grad: {
      shapes: [
        [
          [3, 2],
          [4, 2],
          [4, 2],
        ],
      ],
      attrs: { dim: 0 },
      constant: [1],
      make: indexInput(3),
    },
  },
  {
    op: linalg_vector_norm,
    grad: [
      { shapes: [[[]], [[2, 3]]], attrs: { ord: 2, dims: null, keepdim: false } },
      { shapes: [[[2, 3]]], attrs: { ord: 2, dims: [1], keepdim: true } },
      { shapes: [[[3]], [[2, 3]]], attrs: { ord: 1, dims: [-1], keepdim: false } },
      { shapes: [[[4]], [[2, 3]]], attrs: { ord: 3, dims: null, keepdim: false } },
      { shapes: [[[4]]], attrs: { ord: 1.5, dims: null, keepdim: false } },
      { shapes: [[[4]]], attrs: { ord: 0.5, dims: null, keepdim: false }, domain: [0.5, 2] },
      { shapes: [[[2, 3]]], attrs: { ord: Infinity, dims: [0], keepdim: false } },
      { shapes: [[[2, 3]]], attrs: { ord: -Infinity, dims: null, keepdim: false } },
      { shapes: [[[2, 3]]], attrs: { ord: 0, dims: null, keepdim: false } },
    ],
  },
  {
    op: smooth_l1_loss,
    grad: [
      // Inputs and targets far enough apart (or close enough) that no element sits on the kink at |d| = beta.
      {
        shapes: [
          [[3], [3]],
          [[2, 3], [3]],
        ],
        attrs: { beta: 1 },
        domain: [
          [-3, 3],
          [-0.1, 0.1],
        ],
      },
      {
        shapes: [[[4], []]],
        attrs: { beta: 0.5 },
        domain: [
          [0.1, 0.4],
          [-0.05, 0.05],
        ],
      },
    ],
  },
  {
    op: binary_cross_entropy,
    grad: [
      {
        shapes: [
          [[3], [3]],
          [
            [2, 3],
            [2, 3],
          ],
        ],
        domain: [
          [0.05, 0.95],
          [0, 1],
        ],
      },
      {
        shapes: [[[2, 3], [2, 3], [3]]],
        domain: [
          [0.05, 0.95],
          [0, 1],
          [0.5, 2],
        ],
      },
    ],
  },
  {
    op: binary_cross_entropy_with_logits,
    grad: {
      shapes: [
        [[3], [3], [], []],
        [[2, 3], [2, 3], [3], [2, 1]],
      ],
      domain: [
        [-3, 3],
        [0, 1],
        [0.5, 2],
        [0.5, 2],
      ],
    },
  },
  {
    op: permute,
    grad: [
      { shapes: [[[2, 3, 4]]], attrs: { dims: [2, 0, -2] } },
      { shapes: [[[2, 3]]], attrs: { dims: [1, 0], gradFn: 'TransposeBackward0' } },
      { shapes: [[[]]], attrs: { dims: [] } },
    ],
  },
  {
    op: getitem,
    grad: [
      { shapes: [[[3, 4]]], attrs: parts([3, 4], [pick(1)]) },
      { shapes: [[[3, 4]]], attrs: parts([3, 4], [span(null, null), pick(-3)]) },
      { shapes: [[[5, 4]]], attrs: parts([5, 4], [span(1, 5, 2), span(null, null, 3)]) },
      { shapes: [[[3, 4]]], attrs: parts([3, 4], [pick(-1), span(-2, null)]) },
      { shapes: [[[3]]], attrs: parts([3], [pick(2)]) },
      { shapes: [[[4, 3]]], attrs: { parts: [{ kind: 'gather', indices: [2, 0, 2] }] } },
      {
        shapes: [[[2, 4]]],
        attrs: {
          parts: [
            { kind: 'slice', start: 0, stop: 2, step: 1 },
            { kind: 'gather', indices: [3, 1, 1, 0], shape: [2, 2] },
          ],
        },
      },
      { shapes: [[[2, 3, 2]]], attrs: { parts: [{ kind: 'mask', shape: [2, 3], positions: [0, 2, 5] }] } },
    ],
  },
  {
    op: index_backward,
    grad: [
      { shapes: [[[3, 3]]], attrs: { parts: [{ kind: 'gather', indices: [2, 0, 2] }], shape: [4, 3] } },
      { shapes: [[[2]]], attrs: { parts: [{ kind: 'slice', start: 1, stop: 5, step: 3 }], shape: [6] } },
      {
        shapes: [[[]]],
        attrs: {
          parts: [
            { kind: 'select', index: 1 },
            { kind: 'select', index: 0 },
          ],
          shape: [2, 2],
        },
      },
    ],
  },
  {
    op: cat,
    grad: [
      {
        shapes: [
          [
            [2, 3],
            [1, 3],
          ],
        ],
        attrs: { dim: 0 },
      },
      {
        shapes: [
          [
            [2, 1],
            [2, 3],
            [2, 2],
          ],
        ],
        attrs: { dim: -1 },
      },
    ],
  },
  {
    op: stack,
    grad: [
      {
        shapes: [
          [
            [2, 3],
            [2, 3],
          ],
        ],
        attrs: { dim: 1 },
      },
      { shapes: [[[], [], []]], attrs: { dim: 0 } },
    ],
  },
  {
    op: matmul,
    grad: {
      shapes: [
        [[3], [3]],
        [[2, 3], [3]],
        [[3], [3, 2]],
        [
          [2, 3],
          [3, 4],
        ],
        [
          [2, 2, 3],
          [3, 2],
        ],
        [[3], [2, 3, 2]],
        [[2, 2, 3], [3]],
        [
          [2, 1, 2, 3],
          [3, 3, 2],
        ],
      ],
    },
  },
];

/** Every primitive op; backward rules are looked up here by name. */
export const OPS: readonly AnyOp[] = OP_TABLE.map((r) => r.op);
