import { errors, isError } from '../../engine/errors';
import { randpermInto } from '../../engine/torch-random';
import { AFTER, drawn, SEED, wordsDraw } from './random-args';
import { filledLeaf } from './shape-args';
import { defineFunction } from './define';

/** A random ordering of 0..n-1; float64 holding whole numbers, as SPEC §10 treats integer dtypes. */
export const randperm = defineFunction({
  name: 'randperm',
  torch: 'torch.randperm',
  doc: "The numbers 0 to n - 1 in random order; with seed= or after=, exactly PyTorch's.",
  params: [{ name: 'n', kind: 'int', doc: 'How many numbers.' }],
  kwargs: [SEED, AFTER],
  examples: [
    { formula: '=randperm(6, seed=0)', result: [2, 5, 3, 0, 1, 4] },
    { formula: '=sum(randperm(10))', result: 45 },
    { formula: '=randperm(-1)', result: '#VALUE!' },
  ],
  lower: ([n], { seed, after }, ctx) => {
    if (n < 0) return errors.value('randperm', `n must be non-negative, got ${n}`);
    const draw = wordsDraw('randperm', { seed, after }, ctx);
    if (isError(draw)) return draw;
    return drawn(
      filledLeaf('randperm', [n], (out) => randpermInto(out, draw.words), false),
      draw.generator,
    );
  },
});
