import { type CellError, errors } from '../../engine/errors';
import { call } from '../../engine/op';
import { linalg_vector_norm } from '../../engine/ops/linalg_vector_norm';
import { isTensor } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';
import { defineFunction } from './define';

const NAMED: Readonly<Record<string, number>> = { fro: 2, inf: Infinity, '-inf': -Infinity };

/** The order p as a number: a number (Infinity included), or "fro" (2), "inf", "-inf". */
function order(p: CellValue | null): number | CellError {
  if (p === null) return 2;
  if (p.kind === 'text') {
    const named = NAMED[p.value.toLowerCase()];
    return named ?? errors.value('norm', `p must be a number, "fro", "inf" or "-inf", got "${p.value}"`);
  }
  if (isTensor(p) && p.size === 1 && p.dtype === 'float64' && !Number.isNaN(p.data[0])) return p.data[0];
  return errors.value('norm', 'p must be a number, "fro", "inf" or "-inf"');
}

/**
 * torch.norm as PyTorch 2 computes it, a vector norm (torch.linalg.vector_norm) over all elements
 * or the given dims; "fro" is the 2-norm. Matrix norms ("nuc", spectral) are not provided.
 */
export const norm = defineFunction({
  name: 'norm',
  torch: 'torch.norm',
  doc: 'Vector p-norm of all elements or over dims: p = 2 by default, any p, "inf" or "-inf".',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'p', kind: 'any', default: null, doc: 'The order: a number (2 by default; 1, 3, 0.5, ...), "fro", "inf" or "-inf".' },
    { name: 'dim', kind: 'dim', default: null, doc: 'Dim or list of dims to take the norm over; every dim when omitted.' },
    { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the reduced dims as size 1.' },
  ],
  examples: [
    { formula: '=norm([3, 4])', result: 5 },
    { formula: '=norm([3, -4], 1)', result: 7 },
    { formula: '=norm([3, -4], "inf")', result: 4 },
    { formula: '=norm([[3, 4], [6, 8]], dim=1)', result: [5, 10] },
  ],
  lower: ([input, p, dim, keepdim]) => {
    const ord = order(p);
    if (typeof ord !== 'number') return ord;
    return call(linalg_vector_norm, [input], { ord, dims: dim, keepdim: keepdim });
  },
});
