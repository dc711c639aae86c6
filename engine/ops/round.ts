import { mapUnary } from '../kernels/loops';
import type { OpDef } from '../op';
import { filled } from '../tensor';
import { roundHalfEven } from '../kernels/elementwise';

export interface RoundAttrs {
  /** Decimal places (negative: tens, hundreds...); null when not given, which is PyTorch's other overload. */
  readonly decimals: number | null;
}

/** Each element rounded to the nearest integer (or to `decimals` places), half to even as torch.round. */
export const round: OpDef<RoundAttrs> = {
  name: 'round',
  gradFn: ({ decimals }) => (decimals === null ? 'RoundBackward0' : 'RoundBackward1'),
  doc: 'Each element rounded to the nearest integer, halves to even (or to the given decimals).',
  shape: ([a]) => a,
  forward: ([a], { decimals }) => {
    const d = decimals ?? 0;
    // PyTorch scales by 10^|d| on the side that keeps the power of ten exact, then rounds.
    if (d === 0) return mapUnary(a, roundHalfEven);
    const p = 10 ** Math.abs(d);
    return d > 0 ? mapUnary(a, (x) => roundHalfEven(x * p) / p) : mapUnary(a, (x) => roundHalfEven(x / p) * p);
  },
  // Piecewise constant: PyTorch's zeros_like(grad).
  backward: (_in, _out, g) => [filled(g.shape, 0)],
};
