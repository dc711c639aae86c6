// Owns what Keep writes: each trained parameter as the formula PyTorch spells
// (`=torch.tensor([[0.5, 1.25]], requires_grad=True)`, every number Python's shortest round-trip repr of
// the double), and the cell entry that carries it, its note saying which formula it was trained from.

import { FILE_LIMITS, type CellEntry, type WorkbookFile } from '../../storage/format';
import { entryAt, inputAt } from '../state/document';
import type { TrainedParam } from './train-protocol';

/** Python's repr of a float: the shortest digits that read back as the same double, `1.0`, `1e-05`, `1e+16`. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() without digits gives the shortest round-trip digits, as Python's repr does.
  const [mantissa, exp] = x.toExponential().split('e');
  const e = Number(exp);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (e < -4 || e >= 16) {
    const tail = digits.length > 1 ? `.${digits.slice(1)}` : '';
    return `${sign}${digits[0]}${tail}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  const whole = digits.slice(0, e + 1).padEnd(e + 1, '0');
  const frac = digits.slice(e + 1);
  return `${sign}${whole}.${frac === '' ? '0' : frac}`;
}

/** The nested list Python prints for data of a shape (row-major). */
function nested(shape: readonly number[], data: ArrayLike<number>, dim: number, offset: number): string {
  if (dim === shape.length) return pyFloatRepr(data[offset]);
  const stride = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
  const items: string[] = [];
  for (let i = 0; i < shape[dim]; i++) items.push(nested(shape, data, dim + 1, offset + i * stride));
  return `[${items.join(', ')}]`;
}

/** The formula that gives back a trained parameter: a leaf that requires grad, as PyTorch writes it. */
export function tensorFormula(shape: readonly number[], data: ArrayLike<number>): string {
  return `=torch.tensor(${nested(shape, data, 0, 0)}, requires_grad=True)`;
}

const NOTE_PREFIX = 'trained from: ';

/** Each parameter's new cell entry (its extras kept), or why Keep cannot write them, in words. */
export function keptEntries(doc: WorkbookFile, trained: readonly TrainedParam[]): [string, CellEntry][] | string {
  const out: [string, CellEntry][] = [];
  for (const p of trained) {
    if (p.data.some((x) => !Number.isFinite(x))) return `${p.label} holds NaN or infinity after training: nothing was kept.`;
    const input = tensorFormula(p.shape, p.data);
    if (input.length > FILE_LIMITS.inputLength) {
      return `${p.label} is too large to keep as a formula (${input.length.toLocaleString('en-US')} characters; a cell holds ${FILE_LIMITS.inputLength.toLocaleString('en-US')}).`;
    }
    const before = entryAt(doc, p.label);
    const rest = before !== undefined && typeof before !== 'string' ? before : {};
    const old = 'note' in rest && typeof rest.note === 'string' ? rest.note : '';
    // Trained again: the note keeps the first formula, which Undo alone would not reach.
    const note = old.startsWith(NOTE_PREFIX) ? old : `${NOTE_PREFIX}${inputAt(doc, p.label)}${old === '' ? '' : `\n${old}`}`;
    out.push([p.label, { ...rest, input, note: note.slice(0, FILE_LIMITS.noteLength) }]);
  }
  return out;
}
