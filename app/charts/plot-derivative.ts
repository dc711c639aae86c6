// Owns "Plot f and df/dx": from a cell f holding a 1-D tensor, find its x (a 1-D precedent of the
// same length), the gradient formula to write beside f, and the chart of both against x.

import { cellName, decodeCell, qualifiedName } from '../../formula/address';
import { formulaDeps } from '../../formula/deps';
import { parseFormula } from '../../formula/to-ast';
import type { ChartFile } from '../state/document';
import { splitLabel } from '../state/document';
import type { CellView } from '../worker/cell-view';

export const DERIVATIVE_TITLE = 'f and df/dx';

/** Whether a cell's value can be f: a 1-D float tensor. */
export const isPlottable1D = (v: CellView | undefined): boolean => v?.kind === 'tensor' && v.shape?.length === 1;

/** Parses `Sheet1!B2` into its sheet and grid position. */
function locate(label: string): { sheet: string; col: number; row: number } {
  const { sheet, cell } = splitLabel(label);
  const at = decodeCell(cell)!;
  return { sheet, col: at.col, row: at.row };
}

/** A reference to `label` as written from a formula or chart on `fromSheet`. */
function refFrom(fromSheet: string, label: string): string {
  const at = locate(label);
  return at.sheet === fromSheet ? cellName(at.col, at.row) : qualifiedName(at.sheet, at.col, at.row);
}

/**
 * The x of f: the first precedent holding a 1-D tensor of f's length, preferring one that requires grad
 * (the variable a PyTorch user would differentiate against); null when there is none.
 */
export function findX(f: string, fView: CellView, precedents: string[], view: (label: string) => CellView | undefined): string | null {
  const n = fView.shape?.[0];
  const candidates = precedents.filter((p) => {
    if (p === f) return false;
    const v = view(p);
    return isPlottable1D(v) && v!.shape![0] === n;
  });
  return candidates.find((p) => view(p)?.requiresGrad) ?? candidates[0] ?? null;
}

/**
 * The cells a formula reads directly (its references, and the cells its names stand for), read from
 * the text alone: what the engine's precedents give, for when the engine cannot be asked.
 */
export function staticPrecedents(sheet: string, input: string, names: Record<string, string>): string[] {
  if (!input.startsWith('=')) return [];
  const ast = parseFormula(input.slice(1));
  if (ast.type === 'parse-error') return [];
  const deps = formulaDeps(ast);
  // The walk visits the formula from its end: reversed, the cells come in the order they are written.
  const out = deps.cells.reverse().map((a) => `${a.sheet ?? sheet}!${cellName(a.col, a.row)}`);
  for (const [name, target] of Object.entries(names)) {
    if (deps.names.has(name.toLowerCase()) && !target.includes(':')) out.push(target);
  }
  return [...new Set(out)];
}

export interface DerivativePlan {
  /** The cell for df/dx and its formula; `write` false when that cell already holds the formula. */
  gradLabel: string;
  formula: string;
  write: boolean;
  chart: ChartFile;
}

/**
 * What "Plot f and df/dx" does for cell f: write `=grad(F, X, ones_like(F))` into the first empty cell to
 * the right of f (or reuse a cell there that already holds it) and chart f and df/dx against x.
 * Without an x there is nothing to differentiate against, so it explains why instead.
 */
export function planDerivative(
  f: string,
  cells: { view(label: string): CellView | undefined; input(label: string): string },
  precedents: string[],
  maxCols: number,
): DerivativePlan | { error: string } {
  const fView = cells.view(f);
  const at = locate(f);
  const fName = cellName(at.col, at.row);
  if (!fView || !isPlottable1D(fView)) return { error: `${fName} does not hold a 1-D tensor, so there is no f to plot` };
  const x = findX(f, fView, precedents, cells.view);
  if (x === null) {
    return {
      error:
        `${fName} has no precedent cell holding a 1-D tensor of its length (${fView.shape![0]}) to use as x; ` +
        `df/dx needs that x cell (for example put linspace(…) in a cell and compute ${fName} from it)`,
    };
  }
  const F = fName;
  const X = refFrom(at.sheet, x);
  const formula = `=grad(${F}, ${X}, ones_like(${F}))`;
  const compact = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  for (let col = at.col + 1; col < maxCols; col++) {
    const label = `${at.sheet}!${cellName(col, at.row)}`;
    const input = cells.input(label);
    if (input !== '' && compact(input) !== compact(formula)) continue;
    const G = cellName(col, at.row);
    return { gradLabel: label, formula, write: input === '', chart: { sheet: at.sheet, x: X, y: [F, G], title: DERIVATIVE_TITLE } };
  }
  return { error: `row ${at.row + 1} has no empty cell to the right of ${fName} for df/dx` };
}
