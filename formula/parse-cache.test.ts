// parseFormulaAt must give exactly what parseFormula gives, whatever a pattern's first cell held.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellName, parseRef } from './address';
import type { Expr, ParseFailure } from './ast';
import { parseFormulaAt } from './parse-cache';
import { parseFormula } from './to-ast';

/** The AST a cell sees: the shared one with its relative addresses moved by the cell's offset. */
function astAt(text: string, col: number, row: number): Expr | ParseFailure {
  const placed = parseFormulaAt(text, col, row);
  if ('type' in placed) return placed;
  const move = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(move);
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if ('colAbs' in o)
      return { ...o, col: o.colAbs ? o.col : (o.col as number) + placed.dc, row: o.rowAbs ? o.row : (o.row as number) + placed.dr };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, move(x)]));
  };
  return move(placed.formula.ast) as Expr;
}

// Pieces whose references move with the cell, others that look like references but are not, and
// texts that change length as they move (A9 → A10).
const FRAGMENTS = [
  '{r}',
  '{r}',
  '{abs}',
  '{mixed}',
  'Sheet2!{r}',
  "'my sheet'!{r}",
  '{r}:{r2}',
  '"A1"',
  "'B2'",
  'log2(',
  'x.T2',
  'a1_b',
  'f(',
  ')',
  '[',
  ']',
  ', ',
  '*',
  ' + ',
  '-',
  '**',
  '1e5',
  '2',
  'sum(',
  '(k) => k + ',
  'true',
  'k=',
  '.sum()',
];

function fill(fragment: string, col: number, row: number): string {
  return fragment
    .replace('{r}', cellName(col, row))
    .replace('{r2}', cellName(col + 2, row + 11))
    .replace('{abs}', `$C$${row + 3}`)
    .replace('{mixed}', `$B${row + 1}`);
}

const formulas = fc.record({
  parts: fc.array(
    fc.record({ fragment: fc.constantFrom(...FRAGMENTS), dc: fc.integer({ min: 0, max: 3 }), dr: fc.integer({ min: 0, max: 30 }) }),
    { minLength: 1, maxLength: 8 },
  ),
  cells: fc.array(fc.record({ col: fc.integer({ min: 0, max: 40 }), row: fc.integer({ min: 0, max: 120 }) }), {
    minLength: 2,
    maxLength: 6,
  }),
});

describe('parseFormulaAt', () => {
  it('shares one formula between cells filled from each other', () => {
    const a = parseFormulaAt('A1*2', 1, 0);
    const b = parseFormulaAt('A2*2', 1, 1);
    expect('formula' in a && 'formula' in b && a.formula === b.formula).toBe(true);
    expect(b).toMatchObject({ dc: 0, dr: 1 });
  });

  it('shares one formula between cells holding the same formula without references', () => {
    const a = parseFormulaAt('1', 0, 0);
    const b = parseFormulaAt('1', 7, 900);
    expect('formula' in a && 'formula' in b && a.formula === b.formula).toBe(true);
    expect(b).toMatchObject({ dc: 0, dr: 0 });
  });

  it('agrees with parseFormula for a pattern filled to many cells', () => {
    fc.assert(
      fc.property(formulas, ({ parts, cells }) => {
        // The same relative formula, written out at each cell.
        for (const { col, row } of cells) {
          const text = parts.map((p) => fill(p.fragment, col + p.dc, row + p.dr)).join('');
          expect(astAt(text, col, row)).toEqual(parseFormula(text));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('follows a formula filled down a column across lengths', () => {
    for (let row = 1; row < 150; row++) {
      const text = `A${row}*1.0001+$B$1+SUM(C${row + 1}:D${row + 5})`;
      expect(astAt(text, 0, row)).toEqual(parseFormula(text));
    }
  });

  it('shares nothing when a reference escapes the scan', () => {
    // AAAA1 is a reference the scan does not take (more than three letters): it must not move.
    for (let col = 0; col < 5; col++) {
      const text = `AAAA1 + ${cellName(col, 0)}`;
      expect(astAt(text, col, 0)).toEqual(parseFormula(text));
    }
  });

  it('keeps strings as they are', () => {
    expect(astAt('"A1" + A2', 0, 1)).toEqual(parseFormula('"A1" + A2'));
    expect(astAt('"A1" + A3', 0, 2)).toEqual(parseFormula('"A1" + A3'));
  });
});

describe('parseRef', () => {
  it('reads plain addresses as the formula parser does', () => {
    for (const text of [
      'A1',
      'a1',
      ' B7 ',
      '$C$3',
      'C$3',
      '$c3',
      'XFD1048576',
      'XFE1',
      'A1048577',
      'A0',
      'AAAA1',
      'A12345678',
      'Sheet2!A1',
      'A1:B2',
      'A',
      '1',
    ]) {
      const e = parseFormula(text.trim());
      const viaParser =
        e.type === 'ref' && e.ref.col >= 0 && e.ref.col < 16384 && e.ref.row >= 0 && e.ref.row < 1048576
          ? { kind: 'cell', at: e.ref }
          : e.type === 'range'
            ? 'range'
            : null;
      const got = parseRef(text);
      expect(got?.kind === 'range' ? 'range' : got).toEqual(viaParser);
    }
  });
});
