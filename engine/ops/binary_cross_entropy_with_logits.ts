import { errors } from '../errors';
import { expandData } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { broadcastShapes, sameShape, type Shape } from '../shape';
import { type Tensor, filled, scalar } from '../tensor';
import { add } from './add';
import { mul } from './mul';
import { sigmoid } from './sigmoid';
import { sub } from './sub';

const fits = (x: Shape, w: Shape): boolean => {
  const b = broadcastShapes('binary_cross_entropy_with_logits', x, w);
  return Array.isArray(b) && sameShape(b, x);
};

/**
 * Elementwise w ((1 - y) x - (1 + (pw - 1) y) log σ(x)) for logits x, targets y, weight w and
 * pos_weight pw (reduction 'none'; the sheet function reduces and passes ones for an absent w or pw).
 * A primitive for numerical stability: log σ(x) = min(x, 0) - log1p(exp(-|x|)), PyTorch's form,
 * never overflows, where log(sigmoid(x)) gives -inf for x below about -745.
 */
export const binary_cross_entropy_with_logits: OpDef = {
  name: 'binary_cross_entropy_with_logits',
  gradFn: 'BinaryCrossEntropyWithLogitsBackward0',
  doc: 'Binary cross entropy of sigmoid(input) and a target, computed stably from the logits.',
  shape: ([x, y, w, pw]) => {
    const op = 'binary_cross_entropy_with_logits';
    if (!sameShape(x, y))
      return errors.shape(op, `target of shape ${errors.fmtShape(y)} does not match input of shape ${errors.fmtShape(x)}`);
    if (!fits(x, w))
      return errors.shape(op, `weight of shape ${errors.fmtShape(w)} does not broadcast to the input's shape ${errors.fmtShape(x)}`);
    if (!fits(x, pw))
      return errors.shape(op, `pos_weight of shape ${errors.fmtShape(pw)} does not broadcast to the input's shape ${errors.fmtShape(x)}`);
    return x;
  },
  forward: ([x, y, w, pw], _, shape) => {
    const wd = expandData(w, shape);
    const pd = expandData(pw, shape);
    const out = new Float64Array(x.size);
    for (let i = 0; i < out.length; i++) {
      const v = x.data[i];
      const t = y.data[i];
      const logSigmoid = Math.min(v, 0) - Math.log1p(Math.exp(-Math.abs(v)));
      out[i] = ((1 - t) * v - ((pd[i] - 1) * t + 1) * logSigmoid) * wd[i];
    }
    return out;
  },
  // d/dx = w ((1 + (pw - 1) y) σ(x) - pw y), PyTorch's form. The loss is linear in y, in w and in pw,
  // so those gradients are differences and quotients of the loss itself, which keeps them differentiable.
  backward: ([x, y, w, pw], _out, g, _attrs, needs) => {
    const ones = filled(x.shape, 1);
    const loss = (yy: Tensor, ww: Tensor, pp: Tensor): Tensor => run(binary_cross_entropy_with_logits, [x, yy, ww, pp]);
    const gw = run(mul, [g, w]);
    let gx: Tensor | null = null;
    if (needs[0]) {
      const t = run(mul, [pw, y]);
      gx = run(mul, [gw, run(sub, [run(mul, [run(sub, [run(add, [t, scalar(1)]), y]), run(sigmoid, [x])]), t])]);
    }
    const gy = needs[1] ? run(mul, [g, run(sub, [loss(ones, w, pw), loss(filled(x.shape, 0), w, pw)])]) : null;
    const gweight = needs[2] ? run(mul, [g, loss(y, ones, pw)]) : null;
    // pw multiplies y · softplus(-x), and softplus(-x) is the loss at y = 1 with no weights.
    const gpos = needs[3] ? run(mul, [run(mul, [gw, y]), loss(ones, ones, ones)]) : null;
    return [gx, gy, gweight, gpos];
  },
};
