import { mapUnary, unary, zipBinary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { broadcastShapes } from '../shape';
import { type Tensor, filled, scalar } from '../tensor';
import { isPlainNumber, powByScalar, powValue } from '../kernels/elementwise';
import { eq } from './eq';
import { ge } from './ge';
import { log } from './log';
import { mul } from './mul';
import { sub } from './sub';
import { where } from './where';

/**
 * input ** exponent, broadcasting. PyTorch names the node by overload: a plain-number exponent is
 * PowBackward0 (`x ** 2`, `square`), a plain-number base PowBackward2 (`2 ** x`), two tensors PowBackward1.
 */
export const pow: OpDef = {
  name: 'pow',
  gradFn: (_attrs, [base, exponent]) => (isPlainNumber(exponent) ? 'PowBackward0' : isPlainNumber(base) ? 'PowBackward2' : 'PowBackward1'),
  doc: 'input raised to the power exponent, elementwise, broadcasting.',
  shape: ([a, b]) => broadcastShapes('pow', a, b),
  // Only PyTorch's Scalar overload takes the sqrt/product shortcuts; tensor exponents go through pow.
  forward: ([a, b], _, shape) => {
    if (!isPlainNumber(b)) return zipBinary(a, b, shape, powValue);
    return b.data[0] === 2 ? unary(a, 'square') : mapUnary(a, powByScalar(b.data[0]));
  },
  backward: ([a, b], out, g, _attrs, needs) => {
    if (isPlainNumber(b) && !needs[1]) return [powSlopeByNumber(a, b.data[0], g), null];
    const zero = scalar(0);
    // d/da = b·a^(b-1), masked to 0 where b == 0, so x ** 0 has slope 0 even at x = 0 (PyTorch's pow_backward_self).
    const ga = needs[0]
      ? run(where, [run(eq, [b, zero]), zero, run(mul, [g, run(mul, [b, run(pow, [a, run(sub, [b, scalar(1)])])])])])
      : null;
    if (!needs[1]) return [ga, null];
    // d/db = a^b·log(a), masked to 0 where a == 0 and b >= 0, where 0·log(0) would be NaN (PyTorch takes 0).
    const slope = run(mul, [out, run(log, [a])]);
    const masked = run(where, [run(ge, [b, zero]), run(where, [run(eq, [a, zero]), zero, slope]), slope]);
    return [ga, run(mul, [g, masked])];
  },
};

/**
 * d(a ** e)/da for a number e, as PyTorch's pow_backward writes it: zeros for e = 0, else
 * g·(e·a^(e-1)), with a itself standing for a^1.
 */
function powSlopeByNumber(a: Tensor, e: number, g: Tensor): Tensor {
  if (e === 0) return filled(g.shape, 0);
  return run(mul, [g, run(mul, [scalar(e), e === 2 ? a : run(pow, [a, scalar(e - 1)])])]);
}
