// Owns what a paste puts where, as spreadsheets do: cells copied in this app paste with their relative
// references shifted by how far they moved, cut cells move, Ctrl+Shift+V pastes the values shown, and text
// from elsewhere (Excel, Sheets) pastes as typed. Pure: the grid reads the clipboard and applies the plan.

import { inputKind } from '../../formula/input-kind';
import { type Rect, translateInput } from '../../formula/ref-shift';
import type { CellView } from '../worker/cell-view';
import { fromTsv } from './clipboard';

/** What this app last put on the clipboard, so that pasting the same text pastes these cells. */
export interface CopyRecord {
  sheet: string;
  rect: Rect;
  inputs: string[][];
  /** The values the cells showed, as inputs that enter them as values (see valueInput). */
  values: string[][];
  /** The text/plain written with it. */
  text: string;
  cut: boolean;
}

export interface PlacedInput {
  col: number;
  row: number;
  input: string;
}

export type PastePlan =
  /** Cut cells: they move to `to` on the sheet pasted into, and references to them follow. */
  { kind: 'move'; sheet: string; from: Rect; to: { col: number; row: number } } | { kind: 'inputs'; rect: Rect; cells: PlacedInput[] };

export interface PasteRequest {
  /** The clipboard's text/plain. */
  text: string;
  /** The app's last copy, when its text is what the clipboard holds. */
  record: CopyRecord | null;
  /** The selection pasted into. */
  target: Rect;
  /** Ctrl+Shift+V: values, not formulas. */
  values: boolean;
  /** The grid's size: cells past it are not pasted. */
  size: { cols: number; rows: number };
}

/** What pasting does: move cut cells, or place inputs (shifted when copied here, values for Ctrl+Shift+V). */
export function planPaste(req: PasteRequest): PastePlan | null {
  const { record, target } = req;
  if (record?.cut && !req.values)
    return { kind: 'move', sheet: record.sheet, from: record.rect, to: { col: target.left, row: target.top } };
  if (record && req.values) return placeBlock(record.values, target, null, req.size);
  if (record) return placeBlock(record.inputs, target, { col: record.rect.left, row: record.rect.top }, req.size);
  // Text from elsewhere is values already, except what would read as a formula.
  const rows = fromTsv(req.text);
  return placeBlock(req.values ? rows.map((r) => r.map((t) => (t.startsWith('=') ? `'${t}` : t))) : rows, target, null, req.size);
}

/**
 * A block of inputs placed at the target's top-left, or repeated over the whole target when the target is a
 * whole number of blocks (Excel's paste), or repeated to cover the target exactly with `cover` (a fill). With
 * `origin` (where the block was copied from) formulas' relative references move by each cell's offset from it.
 */
export function placeBlock(
  block: string[][],
  target: Rect,
  origin: { col: number; row: number } | null,
  size: { cols: number; rows: number },
  cover = false,
): PastePlan | null {
  const h = block.length;
  const w = Math.max(0, ...block.map((r) => r.length));
  if (h === 0 || w === 0) return null;
  const th = target.bottom - target.top + 1;
  const tw = target.right - target.left + 1;
  const repeats = cover || (th % h === 0 && tw % w === 0);
  const rect = clip({ ...target, bottom: target.top + (repeats ? th : h) - 1, right: target.left + (repeats ? tw : w) - 1 }, size);
  const cells: PlacedInput[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      const i = (row - target.top) % h;
      const j = (col - target.left) % w;
      const input = block[i][j] ?? '';
      cells.push({ col, row, input: origin ? translateInput(input, col - (origin.col + j), row - (origin.row + i)) : input });
    }
  }
  return { kind: 'inputs', rect, cells };
}

const clip = (r: Rect, size: { cols: number; rows: number }): Rect => ({
  ...r,
  bottom: Math.min(size.rows - 1, r.bottom),
  right: Math.min(size.cols - 1, r.right),
});

/** The value a cell shows, as a spreadsheet shows it in a pasted table (numbers in full precision). */
export function shownValue(view: CellView | undefined): string {
  if (!view || view.kind === 'empty') return '';
  if (view.kind === 'tensor' && view.shape?.length === 0 && view.head) return String(view.head[0]);
  if (view.kind === 'bool' && view.shape?.length === 0) return view.text === 'True' ? 'TRUE' : 'FALSE';
  return view.text;
}

/** The input that enters a cell's shown value as a value: a number or boolean as itself, anything else as text. */
export function valueInput(view: CellView | undefined): string {
  const shown = shownValue(view);
  const scalar = view?.shape?.length === 0 && (view.kind === 'tensor' || view.kind === 'bool');
  return scalar ? shown : asText(shown);
}

/** Text as an input that reads back as that text: one that would read as a formula, number or boolean gets a leading `'`. */
export function asText(value: string): string {
  if (value === '') return '';
  return inputKind(value) === 'text' ? value : `'${value}`;
}
