import { call, run } from '../../engine/op';
import { mul } from '../../engine/ops/mul';
import { reshape } from '../../engine/ops/reshape';
import { checkRanks } from './linalg-ranks';
import { defineFunction } from './define';

/** a as a column times b as a row; PyTorch computes it the same way, so it shows MulBackward0. */
export const outer = defineFunction({
  name: 'outer',
  torch: 'torch.outer',
  doc: 'Outer product of two vectors: result[i, j] = input[i] * vec2[j].',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'vec2', kind: 'tensor' },
  ],
  examples: [
    {
      formula: '=outer([1, 2], [1, 10, 100])',
      result: [
        [1, 10, 100],
        [2, 20, 200],
      ],
    },
    { formula: '=outer([[1]], [1])', result: '#SHAPE!' },
  ],
  lower: ([x, y]) => {
    const a = x;
    const b = y;
    const bad = checkRanks('outer', [a, b], [1, 1]);
    if (bad) return bad;
    return call(mul, [run(reshape, [a], [a.size, 1]), b]);
  },
});
