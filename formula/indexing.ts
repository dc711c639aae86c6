// Owns `x[...]` on values: tensors go through the differentiable `getitem` op; tuples pick an item.

import { errors, isError } from '../engine/errors';
import { call } from '../engine/op';
import { type RawIndexPart, normaliseIndex } from '../engine/ops/index-parts';
import { getitem } from '../engine/ops/getitem';
import { isTensor } from '../engine/tensor';
import type { CellValue } from '../engine/value';

export type EvaluatedPart =
  { kind: 'index'; value: CellValue } | { kind: 'slice'; start: CellValue | null; stop: CellValue | null; step: CellValue | null };

/** A slice bound as an integer, or null when omitted; anything else is a #VALUE!. */
function bound(v: CellValue | null): number | null | string {
  if (v === null || v.kind === 'empty') return null;
  if (!isTensor(v) || v.size !== 1) return 'slice bounds must be single numbers';
  return v.data[0];
}

export function indexValue(v: CellValue, parts: readonly EvaluatedPart[]): CellValue {
  if (v.kind === 'tuple') {
    const p = parts[0];
    if (parts.length !== 1 || p.kind !== 'index' || !isTensor(p.value) || p.value.size !== 1) {
      return errors.value('index', 'a tuple is indexed by a single whole number, e.g. t[0]');
    }
    const i = p.value.data[0];
    const n = v.items.length;
    if (!Number.isInteger(i) || i < -n || i >= n) return errors.value('index', `index ${i} is out of range for a tuple of ${n} items`);
    return v.items[i < 0 ? i + n : i];
  }
  if (!isTensor(v)) return errors.value('index', `${v.kind === 'empty' ? 'an empty cell' : `a ${v.kind}`} cannot be indexed`);
  const raw: RawIndexPart[] = [];
  for (const p of parts) {
    if (p.kind === 'index') {
      if (!isTensor(p.value)) return errors.value('index', `an index must be a number or a tensor, got a ${p.value.kind}`);
      raw.push({ kind: 'index', value: p.value });
      continue;
    }
    const ends = [bound(p.start), bound(p.stop), bound(p.step)];
    const bad = ends.find((e) => typeof e === 'string');
    if (bad !== undefined) return errors.value('index', bad as string);
    raw.push({ kind: 'slice', start: ends[0] as number | null, stop: ends[1] as number | null, step: ends[2] as number | null });
  }
  const attrs = normaliseIndex(v.shape, raw);
  if (isError(attrs)) return attrs;
  return call(getitem, [v], attrs);
}
