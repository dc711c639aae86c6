// Owns the spreadsheet workloads: three sheets (a 10,000-cell chain, 10,000 cells reading A1, a
// 100x100 grid of sums), recalculated after an edit and built from a file, against HyperFormula.

import { cellName } from '../formula/address';
import { Workbook } from '../formula/book';
import type { WorkbookFile } from '../storage/format';
import type { Prepared, Workload } from './harness';
import { hyperformula } from './peers';

interface SheetCase {
  name: string;
  /** Formulas by row and column (row-major), as both engines read them. */
  grid: string[][];
  /** The cell whose value both must agree on. */
  probe: { row: number; col: number };
}

const chain = (): SheetCase => ({
  name: 'a 10,000-cell chain A(n) = A(n-1)*1.0001+1',
  grid: Array.from({ length: 10_000 }, (_, r) => [r === 0 ? '1' : `=A${r}*1.0001+1`]),
  probe: { row: 9_999, col: 0 },
});

const fanOut = (): SheetCase => ({
  name: '10,000 cells that all read A1',
  grid: [
    ['1', ...Array.from({ length: 99 }, (_, c) => `=$A$1*${c + 2}`)],
    ...Array.from({ length: 100 }, (_, r) => Array.from({ length: 100 }, (_, c) => `=$A$1+${r * 100 + c}`)),
  ].slice(0, 101),
  probe: { row: 100, col: 99 },
});

// Every cell adds its left and upper neighbours (those it has), so the corner A1 feeds all of them.
const grid = (): SheetCase => ({
  name: 'a 100x100 grid of left + upper',
  grid: Array.from({ length: 100 }, (_, r) =>
    Array.from({ length: 100 }, (_, c) => {
      const left = c > 0 ? cellName(c - 1, r) : null;
      const up = r > 0 ? cellName(c, r - 1) : null;
      return left && up ? `=${left}+${up}` : left || up ? `=${left ?? up}` : '1';
    }),
  ),
  probe: { row: 99, col: 99 },
});

const CASES = [chain, fanOut, grid];

function fileOf(s: SheetCase): WorkbookFile {
  const cells: Record<string, string> = {};
  s.grid.forEach((row, r) => row.forEach((input, c) => (cells[cellName(c, r)] = input)));
  return { format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells }], names: {}, charts: [] };
}

/** HyperFormula reads numbers as numbers, and formulas as text starting with "=". */
const hfArray = (s: SheetCase): (string | number)[][] => s.grid.map((row) => row.map((v) => (v.startsWith('=') ? v : Number(v))));

function agree(ours: Workbook, hfValue: unknown, s: SheetCase): void {
  const j = ours.get(cellName(s.probe.col, s.probe.row));
  const mine = j.kind === 'tensor' ? (j.value as number) : NaN;
  if (typeof hfValue !== 'number' || !(Math.abs(mine - hfValue) <= 1e-9 * Math.abs(hfValue))) {
    throw new Error(`${s.name}: Gradsheet ${mine}, HyperFormula ${String(hfValue)}`);
  }
}

/** Recalculation after editing A1. */
export function sheetEdits(): Workload[] {
  return CASES.map((make) => {
    const s = make();
    return {
      name: `sheet: ${s.name}, recalculation after editing A1`,
      peer: 'HyperFormula',
      runs: 21,
      async prepare(): Promise<Prepared> {
        const HF = await hyperformula();
        const book = Workbook.fromJSON(fileOf(s));
        const hf = HF.buildFromArray(hfArray(s), { licenseKey: 'gpl-v3' });
        let k = 0;
        let j = 0;
        return {
          check: () => {
            book.set('A1', '2');
            hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[2]]);
            agree(book, hf.getCellValue({ sheet: 0, row: s.probe.row, col: s.probe.col }), s);
          },
          // Each run sets a value the engine does not hold yet, so neither can skip the work.
          gradsheet: { run: () => book.set('A1', String(3 + (k++ % 7))) },
          peer: { run: () => void hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[3 + (j++ % 7)]]) },
          dispose: () => hf.destroy(),
        };
      },
    };
  });
}

/** Building each sheet from its file. */
export function sheetBuilds(): Workload[] {
  return CASES.map((make) => {
    const s = make();
    return {
      name: `sheet: ${s.name}, building from a workbook file`,
      peer: 'HyperFormula',
      runs: 9,
      async prepare(): Promise<Prepared> {
        const HF = await hyperformula();
        const file = JSON.stringify(fileOf(s));
        const array = hfArray(s);
        return {
          check: () => {
            const hf = HF.buildFromArray(array, { licenseKey: 'gpl-v3' });
            agree(Workbook.fromJSON(JSON.parse(file)), hf.getCellValue({ sheet: 0, row: s.probe.row, col: s.probe.col }), s);
            hf.destroy();
          },
          gradsheet: { run: () => void Workbook.fromJSON(JSON.parse(file)) },
          peer: { run: () => HF.buildFromArray(array, { licenseKey: 'gpl-v3' }).destroy() },
        };
      },
    };
  });
}
