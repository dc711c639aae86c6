import { errors, isError } from '../../engine/errors';
import { Tensor, isTensor } from '../../engine/tensor';
import { defineFunction } from './define';

const WORDS: Record<string, number> = {
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity,
  infinity: Infinity,
  '+infinity': Infinity,
  '-infinity': -Infinity,
  nan: NaN,
};

/** Python's float() of text such as "inf", "-inf", "nan" or "2.5"; of a tensor (and x.float()) the tensor as numbers. */
export const float = defineFunction({
  name: 'float',
  torch: 'float',
  doc: 'A number from text ("inf", "-inf", "nan", "2.5"), as Python\'s float(); a tensor comes back as numbers (booleans as 0 and 1).',
  params: [{ name: 'x', kind: 'any' }],
  examples: [
    { formula: '=float("inf")', result: 'Infinity' },
    { formula: '=float("-2.5")', result: -2.5 },
    { formula: '=float([3])', result: [3] },
    { formula: '=([1, 2] > 1).float()', result: [0, 1] },
    { formula: '=float("abc")', result: '#VALUE!' },
  ],
  lower: ([x]) => {
    const v = x as Exclude<typeof x, null>;
    if (isError(v)) return v;
    // A tensor stays itself (x.float() in a script: our tensors are float64 already); a boolean one becomes numbers.
    if (isTensor(v)) return v.dtype === 'bool' ? new Tensor(v.data, v.shape) : v;
    if (typeof v === 'object' && 'kind' in v && v.kind === 'text') {
      const word = v.value.trim().toLowerCase();
      const n = Object.hasOwn(WORDS, word) ? WORDS[word] : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(word) ? Number(word) : null;
      if (n === null) return errors.value('float', `could not convert "${v.value}" to a number`);
      return new Tensor(Float64Array.of(n), []);
    }
    return errors.value('float', 'takes a number, a one-element tensor or text');
  },
});
