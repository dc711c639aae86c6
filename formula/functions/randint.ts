import { errors, isError } from '../../engine/errors';
import { randintInto } from '../../engine/torch-random';
import { AFTER, drawn, SEED, wordsDraw } from './random-args';
import { filledLeaf } from './shape-args';
import type { Coerced } from './types';
import { defineFunction } from './define';

/** torch.randint's bounds are int64. */
const INT64 = 2 ** 63;

/** randint(high, size) or randint(low, high, size), as PyTorch reads its positional arguments. */
function bounds(low: Coerced, high: Coerced, size: Coerced): { low: number; high: number; size: number[] } | string {
  if (size === null) {
    if (high === null) return 'missing the size, a list such as [3] or [2, 3]';
    return { low: 0, high: low as number, size: high as number[] };
  }
  if (high === null) return { low: 0, high: low as number, size: size as number[] };
  const h = high as number[];
  return h.length === 1 ? { low: low as number, high: h[0], size: size as number[] } : 'high must be a single whole number';
}

/** Integers drawn uniformly from [low, high); float64 holding whole numbers, as SPEC §10 treats integer dtypes. */
export const randint = defineFunction({
  name: 'randint',
  torch: 'torch.randint',
  doc: "Random whole numbers from low (default 0) up to but not including high; with seed= or after=, exactly PyTorch's.",
  params: [
    { name: 'low', kind: 'int', doc: 'The lowest value, or high when only high and size are given.' },
    { name: 'high', kind: 'shape', default: null, doc: 'One past the highest value (or the size, in randint(high, size)).' },
    { name: 'size', kind: 'shape', default: null, doc: 'The shape, as a tuple or a list.' },
  ],
  kwargs: [SEED, AFTER],
  examples: [
    { formula: '=randint(10, [5], seed=0)', result: [4, 9, 3, 0, 3] },
    {
      formula: '=randint(-5, 5, [2, 3], seed=0)',
      result: [
        [-1, 4, -2],
        [-5, -2, 4],
      ],
    },
    { formula: '=shape(randint(3, [4, 2]))', result: [4, 2] },
    { formula: '=randint(5, 5, [3])', result: '#VALUE!' },
  ],
  lower: ([lo, hi, sz], { seed, after }, ctx) => {
    const b = bounds(lo, hi, sz);
    if (typeof b === 'string') return errors.value('randint', b);
    if (b.low < -INT64 || b.high > INT64) return errors.value('randint', `low and high must fit in int64, got ${b.low} and ${b.high}`);
    if (b.low >= b.high)
      return errors.value('randint', `random_ expects 'from' to be less than 'to', but got from=${b.low} >= to=${b.high}`);
    const draw = wordsDraw('randint', { seed, after }, ctx);
    if (isError(draw)) return draw;
    return drawn(
      filledLeaf('randint', b.size, (out) => randintInto(out, b.low, b.high, draw.words), false),
      draw.generator,
    );
  },
});
