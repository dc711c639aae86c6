// Owns deciding each node of the script: its statement (or why it is not translated), in an order where
// every node follows what it reads; which leaves must require grad for a `grad`, and which cells print
// as the sheet shows a gradient (detached). The sheet's own values say which cells are errors there.

import type { CellJSON } from '../../formula/cell-json';
import { Workbook } from '../../formula/index';
import type { WorkbookFile } from '../../storage/format';
import { ROOTS, expr } from './expr';
import { backwardRoot } from './forms';
import { type BookModel, type ModelCell, type ModelRange, rangeKeys, readModel } from './model';
import { topoOrder } from './order';
import { pyFloat, pyString } from './py-text';
import { Translation } from './translation';

/** One variable of the script: a cell (with its label) or a range (label null). */
export interface Planned {
  readonly key: string;
  readonly label: string | null;
  readonly variable: string;
  readonly input: string | null;
  statement: string;
  failure: string | null;
  notes: string[];
  detached: boolean;
}

interface Work extends Planned {
  reads: Set<string>;
  /** Shows a gradient, or reads a leaf made to require grad only for a grad: the sheet shows such cells without history. */
  gradientShown: boolean;
  gradTargets: Set<string>;
  readsGrad: boolean;
  root: string | null;
}

export interface Plan {
  readonly nodes: Planned[];
  readonly helpers: ReadonlySet<string>;
}

/** Every cell of the file and every range its formulas read, decided and ordered. */
export function planBook(file: WorkbookFile): Plan {
  // The sheet first: its parses are shared with the model's (formula/parse-cache.ts).
  const shown = sheetValues(file);
  const model = readModel(file);
  const helpers = new Set<string>();
  const work = new Map<string, Work>();
  for (const cell of model.cells) work.set(cellNodeKey(cell), planCell(model, cell, shown(cell.label), helpers));
  for (const range of model.ranges.values()) if (range.variable !== '') work.set(range.key, planRange(model, range));
  const roots = [...work.values()].filter((w) => w.root !== null);
  const { order, stuck } = topoOrder([...work.keys()], (k) => {
    const w = work.get(k)!;
    return w.readsGrad ? [...w.reads, ...roots.map((r) => r.key)] : w.reads;
  });
  for (const k of stuck) work.get(k)!.failure ??= 'it is on a circular reference, or reads one';
  const forced = forcedLeaves(work, shown);
  for (const k of order) settle(work, work.get(k)!, forced, shown);
  if ([...forced].some((k) => work.get(k)?.failure === null)) helpers.add('gs_watch');
  const live = roots.filter((r) => r.failure === null).map((r) => `(${r.variable}, ${r.root})`);
  for (const w of work.values()) w.statement = w.statement.split(ROOTS).join(`[${live.join(', ')}]`);
  return { nodes: [...order, ...stuck].map((k) => work.get(k)!), helpers };
}

const cellNodeKey = (cell: ModelCell): string => `${cell.sheet.toLowerCase()}!${cell.col},${cell.row}`;

/** The sheet's value of each cell, evaluated once, read as the command line prints it. */
function sheetValues(file: WorkbookFile): (label: string) => CellJSON | null {
  let book: Workbook | null;
  try {
    book = Workbook.fromFile(file);
  } catch {
    book = null; // a file the workbook refuses: every cell is then judged by its formula alone
  }
  return (label) => book?.get(label) ?? null;
}

function blank(key: string, label: string | null, variable: string, input: string | null): Work {
  return {
    key,
    label,
    variable,
    input,
    statement: '',
    failure: null,
    notes: [],
    detached: false,
    reads: new Set(),
    gradientShown: false,
    gradTargets: new Set(),
    readsGrad: false,
    root: null,
  };
}

function planCell(model: BookModel, cell: ModelCell, shown: CellJSON | null, helpers: Set<string>): Work {
  const w = blank(cellNodeKey(cell), cell.label, cell.variable, cell.kind === 'formula' ? cell.input : null);
  if (shown?.kind === 'error') return { ...w, failure: `the sheet shows ${shown.code} ${shown.message}` };
  if (cell.kind === 'number') return { ...w, statement: `torch.tensor(${pyFloat(Number(cell.input.trim()))})` };
  if (cell.kind === 'bool') return { ...w, statement: `torch.tensor(${cell.input.trim().toUpperCase() === 'TRUE' ? 'True' : 'False'})` };
  if (cell.kind !== 'formula') return { ...w, statement: pyString(cell.kind === 'quoted' ? cell.input.slice(1) : cell.input) };
  const f = cell.formula;
  if (f === null || f.type === 'parse-error') return { ...w, failure: `the formula does not parse: ${f?.message ?? ''}` };
  const t = new Translation(model, cell.sheet, cell);
  t.root = f;
  const root = backwardRoot(t, f);
  const py = root === null ? expr(t, f) : root.y;
  for (const h of t.helpers) helpers.add(h);
  return {
    ...w,
    statement: py.s,
    failure: t.failure,
    notes: t.notes,
    reads: t.reads,
    gradientShown: t.showsGradient,
    gradTargets: t.gradTargets,
    readsGrad: t.readsGrad,
    root: root === null ? null : root.v,
  };
}

/** A range: its cells stacked row by row into a 2-D tensor (SPEC §3). */
/** Empty cells a range may spell out as zeros; a larger, emptier range is left out rather than written cell by cell. */
const MAX_EMPTY_IN_RANGE = 10_000;

/** A range: its cells stacked row by row into a 2-D tensor (SPEC §3), an empty cell as 0 as the sheet reads it. */
function planRange(model: BookModel, range: ModelRange): Work {
  const w = blank(range.key, null, range.variable, null);
  // Counted before listing the cells, which may be billions.
  if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > model.cells.length + MAX_EMPTY_IN_RANGE) {
    return { ...w, failure: `the range holds more than ${MAX_EMPTY_IN_RANGE.toLocaleString('en-US')} empty cells` };
  }
  const rows = rangeKeys(range).map((row) => row.map((k) => model.byKey.get(k)));
  for (const row of rows) for (const c of row) if (c !== undefined) w.reads.add(cellNodeKey(c));
  const stacked = rows.map((row) => `torch.stack([${row.map((c) => c?.variable ?? 'torch.tensor(0.0)').join(', ')}])`);
  if (rows.some((row) => row.includes(undefined))) w.notes.push('an empty cell of the range is 0, as the sheet reads it');
  return { ...w, statement: `torch.stack([${stacked.join(', ')}])` };
}

/** Nodes a grad differentiates with respect to that the sheet shows without requires_grad: PyTorch needs the flag. */
function forcedLeaves(work: Map<string, Work>, shown: (label: string) => CellJSON | null): Set<string> {
  const forced = new Set<string>();
  const requiresGrad = (key: string): boolean => {
    const w = work.get(key);
    if (w === undefined) return false;
    if (w.label !== null) {
      const json = shown(w.label);
      return json?.kind === 'tensor' && json.requires_grad;
    }
    return [...w.reads].some(requiresGrad);
  };
  for (const w of work.values()) for (const k of w.gradTargets) if (!requiresGrad(k)) forced.add(k);
  return forced;
}

/** Once what a node reads is settled: it fails with them, requires grad if forced, and prints detached where the sheet does. */
function settle(work: Map<string, Work>, w: Work, forced: ReadonlySet<string>, shown: (label: string) => CellJSON | null): void {
  for (const k of w.reads) {
    const r = work.get(k);
    if (r === undefined) continue;
    if (r.failure !== null) w.failure ??= `it reads ${r.label ?? r.variable}, which is not translated`;
    if (r.gradientShown || forced.has(k)) w.gradientShown = true;
  }
  if (w.failure !== null) return;
  if (forced.has(w.key)) {
    // gs_watch, not .requires_grad_(): the script says it is the sheet's "asking is enough", and reads back as the cell.
    w.statement = `gs_watch(${w.statement})`;
    w.notes.push('made to require grad for a grad() that reads it; printed as the sheet shows it, without');
    w.gradientShown = true;
  }
  const json = w.label === null ? null : shown(w.label);
  w.detached = w.gradientShown && json !== null && !showsHistory(json);
}

function showsHistory(json: CellJSON): boolean {
  if (json.kind === 'tensor') return json.requires_grad;
  if (json.kind === 'tuple') return json.items.some(showsHistory);
  return false;
}
