import { mapUnary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { type Tensor, scalar } from '../tensor';
import { add } from './add';
import { erfValue } from '../kernels/elementwise';
import { erf, TWO_OVER_SQRT_PI } from './erf';
import { exp } from './exp';
import { mul } from './mul';
import { sub } from './sub';
import { tanh } from './tanh';

export interface GeluAttrs {
  /** 'none': the exact x·Φ(x) with erf; 'tanh': the tanh approximation. */
  readonly approximate: 'none' | 'tanh';
}

// PyTorch's constants, computed the same way so every bit agrees.
const SQRT1_2 = Math.SQRT1_2;
const PDF_SCALE = TWO_OVER_SQRT_PI * SQRT1_2 * 0.5; // 1/sqrt(2·pi)
const TANH_BETA = Math.SQRT2 * TWO_OVER_SQRT_PI * 0.5; // sqrt(2/pi)
const KAPPA = 0.044715;

const m = (a: Tensor, b: Tensor): Tensor => run(mul, [a, b]);
const c = scalar;

/** d gelu / dx for the exact form: Φ(x) + x·φ(x), written with ops so it is differentiable again. */
function exactSlope(x: Tensor): Tensor {
  const cdf = m(c(0.5), run(add, [c(1), run(erf, [m(x, c(SQRT1_2))])]));
  const pdf = m(c(PDF_SCALE), run(exp, [m(m(x, x), c(-0.5))]));
  return run(add, [cdf, m(x, pdf)]);
}

/** d gelu / dx for the tanh form, term for term as PyTorch's gelu_backward. */
function tanhSlope(x: Tensor): Tensor {
  const xSq = m(x, x);
  const inner = m(c(TANH_BETA), run(add, [x, m(c(KAPPA), m(xSq, x))]));
  const t = run(tanh, [inner]);
  const right = run(add, [c(1), t]);
  const leftDerivative = m(c(0.5), right);
  const tanhDerivative = run(sub, [c(1), m(t, t)]);
  const innerDerivative = m(c(TANH_BETA), run(add, [c(1), m(c(3 * KAPPA), xSq)]));
  const rightDerivative = m(m(m(c(0.5), x), tanhDerivative), innerDerivative);
  return run(add, [leftDerivative, rightDerivative]);
}

/**
 * The Gaussian error linear unit x·Φ(x). A primitive for accuracy and size: one node with PyTorch's
 * exact forward formula (a composite would add some twenty nodes to the graph and round differently).
 */
export const gelu: OpDef<GeluAttrs> = {
  name: 'gelu',
  gradFn: 'GeluBackward0',
  doc: "x · Φ(x), Φ the standard normal CDF (approximate='tanh' for the tanh form).",
  shape: ([a]) => a,
  forward: ([a], { approximate }) =>
    approximate === 'tanh'
      ? mapUnary(a, (x) => 0.5 * x * (1 + Math.tanh(TANH_BETA * (x + KAPPA * (x * x * x)))))
      : mapUnary(a, (x) => x * 0.5 * (1 + erfValue(x * SQRT1_2))),
  backward: ([a], _out, g, { approximate }) => [m(g, approximate === 'tanh' ? tanhSlope(a) : exactSlope(a))],
};
