// Owns checking a loss cell for training and finding its parameter candidates: the cells it depends on
// (through other cells, transitively) that hold a float tensor with no history of its own, computed from no
// other such cell. Those created with requires_grad are offered checked, as PyTorch's parameters are.

import { isError } from '../../engine/errors';
import { isTensor } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';
import type { Workbook } from '../../formula/book';
import type { Candidate, LossCheck } from './train-protocol';

/** The most cells the walk upstream of the loss visits: a loss over a huge sheet still answers at once. */
export const WALK_LIMIT = 5000;

/** Why a value cannot be a loss, in words; null for a one-element float tensor. */
export function lossProblem(label: string, value: CellValue): string | null {
  if (isError(value)) return `The loss cell ${label} shows an error: ${value.code} ${value.message}`;
  if (value.kind === 'empty') return `The loss cell ${label} is empty: select the cell that computes the loss.`;
  if (!isTensor(value)) return `The loss cell ${label} holds a ${value.kind}, not a tensor.`;
  if (value.dtype === 'bool') return `The loss cell ${label} holds a boolean tensor, which has no gradient.`;
  if (value.size !== 1) {
    return `The loss cell ${label} holds a tensor of shape [${value.shape.join(', ')}]; the loss must be one number (e.g. mse_loss(...) or .sum()).`;
  }
  return null;
}

/** Every cell `label` reads, directly or through other cells, nearest first (at most WALK_LIMIT). */
export function upstreamOf(book: Workbook, label: string): string[] {
  const seen = new Set<string>([label]);
  const out: string[] = [];
  const queue = [label];
  for (let i = 0; i < queue.length && out.length < WALK_LIMIT; i++) {
    for (const p of book.links(queue[i]).precedents) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
      queue.push(p);
    }
  }
  return out;
}

const isLeafTensor = (v: CellValue): boolean => isTensor(v) && v.dtype === 'float64' && v.node === null;

/** The loss cell checked, with the cells that may be trained for it. */
export function checkLoss(book: Workbook, label: string): LossCheck {
  if (!book.sheets().includes(label.slice(0, label.lastIndexOf('!'))))
    return { ok: false, message: `"${label}" is not a cell of this workbook.` };
  const value = book.value(label);
  const problem = lossProblem(label, value);
  if (problem !== null) return { ok: false, message: problem };
  const leaves = new Set(upstreamOf(book, label).filter((l) => isLeafTensor(book.value(l))));
  const candidates: Candidate[] = [];
  for (const l of leaves) {
    if (upstreamOf(book, l).some((u) => leaves.has(u))) continue;
    const v = book.value(l);
    if (isTensor(v)) candidates.push({ label: l, shape: [...v.shape], checked: v.requiresGrad });
  }
  // Where no candidate was made with requires_grad, every one is offered checked: the user unticks the data.
  if (!candidates.some((c) => c.checked)) for (const c of candidates) c.checked = true;
  candidates.sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
  return { ok: true, loss: isTensor(value) ? value.data[0] : NaN, candidates };
}
