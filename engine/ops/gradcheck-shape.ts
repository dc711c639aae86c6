// Owns the gradient-check rows of the shape ops.

import { type CellError, isError } from '../errors';
import { scalar } from '../tensor';
import type { GradCheckRow } from './gradcheck-table';
import { cat } from './cat';
import { type IndexAttrs, type RawIndexPart, normaliseIndex } from './index-parts';
import { getitem } from './getitem';
import { index_backward } from './index_backward';
import { matmul } from './matmul';
import { permute } from './permute';
import { stack } from './stack';

/** Attrs from parts as a formula writes them, so the rows also cover negative indices. */
function parts(shape: number[], raw: RawIndexPart[]): IndexAttrs {
  const r: IndexAttrs | CellError = normaliseIndex(shape, raw);
  if (isError(r)) throw new Error(r.message);
  return r;
}
const i = (v: number): RawIndexPart => ({ kind: 'index', value: scalar(v) });
const s = (start: number | null, stop: number | null, step: number | null = null): RawIndexPart => ({ kind: 'slice', start, stop, step });

export const SHAPE_ROWS: readonly GradCheckRow[] = [
  { op: permute, shapes: [[[2, 3, 4]]], attrs: { dims: [2, 0, -2] } },
  { op: permute, shapes: [[[2, 3]]], attrs: { dims: [1, 0], gradFn: 'TransposeBackward0' } },
  { op: permute, shapes: [[[]]], attrs: { dims: [] } },
  { op: getitem, shapes: [[[3, 4]]], attrs: parts([3, 4], [i(1)]) },
  { op: getitem, shapes: [[[3, 4]]], attrs: parts([3, 4], [s(null, null), i(-3)]) },
  { op: getitem, shapes: [[[5, 4]]], attrs: parts([5, 4], [s(1, 5, 2), s(null, null, 3)]) },
  { op: getitem, shapes: [[[3, 4]]], attrs: parts([3, 4], [i(-1), s(-2, null)]) },
  { op: getitem, shapes: [[[3]]], attrs: parts([3], [i(2)]) },
  { op: getitem, shapes: [[[4, 3]]], attrs: { parts: [{ kind: 'gather', indices: [2, 0, 2] }] } },
  { op: getitem, shapes: [[[2, 4]]], attrs: { parts: [{ kind: 'slice', start: 0, stop: 2, step: 1 }, { kind: 'gather', indices: [3, 1, 1, 0], shape: [2, 2] }] } },
  { op: getitem, shapes: [[[2, 3, 2]]], attrs: { parts: [{ kind: 'mask', shape: [2, 3], positions: [0, 2, 5] }] } },
  { op: index_backward, shapes: [[[3, 3]]], attrs: { parts: [{ kind: 'gather', indices: [2, 0, 2] }], shape: [4, 3] } },
  { op: index_backward, shapes: [[[2]]], attrs: { parts: [{ kind: 'slice', start: 1, stop: 5, step: 3 }], shape: [6] } },
  { op: index_backward, shapes: [[[]]], attrs: { parts: [{ kind: 'select', index: 1 }, { kind: 'select', index: 0 }], shape: [2, 2] } },
  { op: cat, shapes: [[[2, 3], [1, 3]]], attrs: { dim: 0 } },
  { op: cat, shapes: [[[2, 1], [2, 3], [2, 2]]], attrs: { dim: -1 } },
  { op: stack, shapes: [[[2, 3], [2, 3]]], attrs: { dim: 1 } },
  { op: stack, shapes: [[[], [], []]], attrs: { dim: 0 } },
  {
    op: matmul,
    shapes: [
      [[3], [3]],
      [[2, 3], [3]],
      [[3], [3, 2]],
      [[2, 3], [3, 4]],
      [[2, 2, 3], [3, 2]],
      [[3], [2, 3, 2]],
      [[2, 2, 3], [3]],
      [[2, 1, 2, 3], [3, 3, 2]],
    ],
  },
];
