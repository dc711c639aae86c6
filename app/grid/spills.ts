// Owns spills: where the tensors of cells that ask to spill are laid out over the cells below and
// to the right (as Excel's dynamic arrays), what each spilled cell shows, and why a spill cannot happen.
// Display only: the engine never sees a spill, so a formula reading a spilled cell reads an empty cell.

import { type Accessor, createMemo } from 'solid-js';
import { cellName, parseRef } from '../../formula/address';
import { type NumberFormat, numberFormatOf, spillOf } from '../../storage/cell-format';
import { type WorkbookFile, cellInput } from '../../storage/format';
import { objectKeys } from '../state/cell-index';
import type { Address } from '../state/document';
import type { CellView, SpillBlock } from '../worker/cell-view';
import { COLS, ROWS } from './geometry';
import { elementText } from './tensor-text';

/** One cell's spill, laid out on its sheet. */
export interface SpillArea {
  /** The anchor's label (`Sheet1!A1`) and address. */
  label: string;
  at: Address;
  /** The cells the spill covers, the anchor included, with a `…` row or column when the tensor goes on. */
  rows: number;
  cols: number;
  block: SpillBlock;
  kind: 'float64' | 'bool';
  format: NumberFormat | null;
  /** Why the tensor shows unspilled in its anchor: `cannot spill: B3 is not empty`. Null when it spills. */
  blocked: string | null;
}

/** The spill a cell is part of, and which element of it the cell shows. */
export interface SpilledCell {
  area: SpillArea;
  row: number;
  col: number;
}

/**
 * The spills of one sheet, anchors in reading order. A tensor of rank 1 runs down a column, rank 2 as
 * rows × cols; a spill that would cover a filled cell, or a cell an earlier spill covers, is blocked.
 * `notes` gets why a flagged cell cannot spill at all (a tensor of rank 3 or more).
 */
export function spillAreas(
  doc: WorkbookFile,
  sheet: string,
  view: (label: string) => CellView | undefined,
): { areas: SpillArea[]; notes: Map<string, SpillNote> } {
  const areas: SpillArea[] = [];
  const notes = new Map<string, SpillNote>();
  const cells = doc.sheets.find((s) => s.name === sheet)?.cells ?? {};
  // Only an object entry can ask to spill: the index finds those without walking the sheet on each edit.
  const anchors: { at: Address; format: NumberFormat | null }[] = [];
  for (const key of objectKeys(cells)) {
    const entry = cells[key];
    const ref = parseRef(key);
    if (ref?.kind !== 'cell' || typeof entry === 'string') continue;
    if (spillOf(entry.format)) anchors.push({ at: ref.at, format: numberFormatOf(entry.format) });
  }
  const filled = (p: Address): boolean => {
    const entry = cells[cellName(p.col, p.row)];
    return entry !== undefined && cellInput(entry) !== '';
  };
  anchors.sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col);
  for (const { at, format } of anchors) {
    const label = `${sheet}!${cellName(at.col, at.row)}`;
    const v = view(label);
    if (!v || (v.kind !== 'tensor' && v.kind !== 'bool') || !v.shape || v.shape.length === 0) continue;
    if (!v.block) {
      notes.set(label, { at, text: `cannot spill: a ${v.shape.length}-D tensor has no rows × columns layout (only 1-D and 2-D spill)` });
      continue;
    }
    const [height, width] = v.shape.length === 1 ? [v.shape[0], 1] : [v.shape[0], v.shape[1]];
    const room = { rows: ROWS - at.row, cols: COLS - at.col };
    const rows = Math.min(room.rows, v.block.rows + (height > v.block.rows ? 1 : 0));
    const cols = Math.min(room.cols, v.block.cols + (width > v.block.cols ? 1 : 0));
    const area: SpillArea = { label, at, rows, cols, block: v.block, kind: v.kind === 'bool' ? 'bool' : 'float64', format, blocked: null };
    area.blocked = blocker(area, filled, areas);
    if (area.blocked) notes.set(label, { at, text: area.blocked });
    areas.push(area);
  }
  return { areas, notes };
}

const inside = (a: SpillArea, p: Address): boolean =>
  p.row >= a.at.row && p.row < a.at.row + a.rows && p.col >= a.at.col && p.col < a.at.col + a.cols;

/** Why an area cannot spill: the first filled cell under it (reading order), or an earlier spill it would overlap. */
function blocker(area: SpillArea, filled: (p: Address) => boolean, earlier: readonly SpillArea[]): string | null {
  // The area is at most a spill block and its `…` edge, so looking at each of its cells is cheap.
  for (let row = area.at.row; row < area.at.row + area.rows; row++) {
    for (let col = area.at.col; col < area.at.col + area.cols; col++) {
      if ((row !== area.at.row || col !== area.at.col) && filled({ col, row })) return `cannot spill: ${cellName(col, row)} is not empty`;
    }
  }
  const other = earlier.find(
    (e) =>
      e.blocked === null &&
      e.at.row < area.at.row + area.rows &&
      area.at.row < e.at.row + e.rows &&
      e.at.col < area.at.col + area.cols &&
      area.at.col < e.at.col + e.cols,
  );
  return other ? `cannot spill: it would overlap ${cellName(other.at.col, other.at.row)}'s spill` : null;
}

/** Why an anchor shows its tensor unspilled. */
export interface SpillNote {
  at: Address;
  text: string;
}

/** The spilled cell at an address (the anchor included), or null. Blocked spills cover nothing. */
export function spilledAt(areas: readonly SpillArea[], p: Address): SpilledCell | null {
  const area = areas.find((a) => a.blocked === null && inside(a, p));
  return area ? { area, row: p.row - area.at.row, col: p.col - area.at.col } : null;
}

/** What a spilled cell shows: its element in the anchor's format, or `…` on the edge past what is shown. */
export function spilledText(s: SpilledCell): string {
  const { block } = s.area;
  if (s.row >= block.rows || s.col >= block.cols) return '…';
  return elementText(block.data[s.row * block.cols + s.col], s.area.kind, s.area.format);
}

export interface Spills {
  /** The spills of the shown sheet. */
  areas: Accessor<SpillArea[]>;
  /** Why a cell of the shown sheet shows its tensor unspilled, or null. */
  note(label: string): string | null;
  /** Every such note of the shown sheet. */
  notes: Accessor<SpillNote[]>;
  /** The spilled cell at an address of the shown sheet. */
  at(p: Address): SpilledCell | null;
}

export function createSpills(source: {
  doc: Accessor<WorkbookFile>;
  sheet: Accessor<string>;
  view(label: string): CellView | undefined;
}): Spills {
  const laid = createMemo(() => spillAreas(source.doc(), source.sheet(), source.view));
  return {
    areas: () => laid().areas,
    note: (label) => laid().notes.get(label)?.text ?? null,
    notes: () => [...laid().notes.values()],
    at: (p) => spilledAt(laid().areas, p),
  };
}
