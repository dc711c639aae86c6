// The built-in examples: each loads through the headless workbook without a single error cell, and
// the tutorial examples show PyTorch's numbers from the golden cases.

import { describe, expect, it } from 'vitest';
import cases from '../../cli/golden/pytorch-cases.json';
import { mismatch } from '../../cli/golden-test-helpers';
import { quoteSheet } from '../../formula/address';
import { Workbook } from '../../formula/book';
import { isTensor } from '../../engine/tensor';
import { cellInput } from '../../storage/format';
import { sliderAt } from '../state/document';
import { EXAMPLES, type Example, firstVisitWorkbook } from './index';

interface Case {
  id: string;
  source: string;
  expect: Record<string, Record<string, unknown>>;
  rtol: number;
  atol: number;
}
const CASES = (cases as unknown as { cases: Case[] }).cases;

/** Which tutorial (golden `source` prefix) each example rebuilds, in the order of EXAMPLES. */
const TUTORIALS: [string, string][] = [
  ['autograd-blitz', '000_'],
  ['autograd-basics', '001_'],
  ['autograd-fundamentals', '002_'],
  ['autograd-in-depth', '003_'],
  ['autograd-requires-grad', '004_'],
];

/**
 * Where each golden case's cells are in its example: case cell (on Sheet1) → example cell, given
 * as a workbook name or a sheet-qualified address.
 */
const GOLDEN: Record<string, Record<string, string>> = {
  'seed000-mean-of-3y2': { A1: 'x', A2: 'y', A3: 'z', A4: 'out', A5: 'Autograd!A10', A6: 'Autograd!A11' },
  'seed000-while-doubling': { A2: 'yr', A3: 'Autograd!A17' },
  'seed000-requires-grad-flags': { A2: 'Autograd!A21', A3: 'a_grad', A4: 'Autograd!A23', A5: 'Autograd!A24' },
  'seed001-bce-logits': { A5: 'z', A6: 'loss', A7: 'Autograd!A12', A8: 'Autograd!A13', A9: 'z_det', A10: 'z_nograd' },
  'seed002-sum-of-3y2': { A2: 'Basics!A3', A3: 'Basics!A4', A4: 't', A5: 'Basics!A6', A6: 'Basics!A7' },
  'seed002-exp-2x2-sinx': { A1: 'x', A6: 'f', A7: 'Basics!A17', A8: 'df' },
  'seed002-no-grad': { A3: 'Switches!A4', A4: 'Switches!A5', A5: 'Switches!A6', A7: 'Switches!A8', A8: 'Switches!A9' },
  'seed002-detach': { A1: 'Switches!A12', A2: 'Switches!A13', A3: 'Switches!A14' },
  // Its A4 is the #GRAD! of a gradient asked without an upstream tensor: examples show no errors.
  'seed002-doubling-vjp': { A2: 'Functional!A3', A3: 'Functional!A4' },
  'seed002-x2-plus-sqrt': { A1: 'Basics!A21', A2: 'Basics!A22', A3: 'Basics!A23' },
  'seed002-functional-api': { A2: 'Functional!A8', A3: 'Functional!A9', A4: 'Functional!A11', A5: 'Functional!A10' },
  'seed002-vjp': { A2: 'Functional!A15' },
  'seed002-profiler-loop': { A4: 'Profiler!A5', A5: 'Profiler!A6', A6: 'Profiler!A7' },
  'seed003-chain-rule': { A2: 'y', A3: 'z', A4: 'Chain!A5' },
  'seed003-scalar-and-vector': { A2: 'Chain!A9', A3: 'Chain!A10' },
  'seed003-mse': { A3: 'mse', A4: 'Chain!A16' },
  'seed003-accumulation': { A4: 'Accumulate!A5' },
  'seed003-simple-net': {
    A6: 'net_out',
    A7: 'net_loss',
    B1: 'Accumulate!A15',
    B2: 'Accumulate!A16',
    B3: 'Accumulate!A17',
    B4: 'Accumulate!A18',
  },
  'seed003-higher-order': { A3: 'Higher!A4', A4: 'Higher!A5', A5: 'Higher!A6' },
  'seed003-clipping': { A2: 'Higher!A10', A3: 'Higher!A11' },
  'seed003-custom-function': { A3: 'Higher!A16', A4: 'Higher!A17' },
  'seed004-requires-grad-later': { A2: 'a_plain', A3: 'a', A4: 'b', A5: 'Autograd!A8' },
  'seed004-mean': { A3: 'z', A4: 'out', A5: 'Autograd!A15' },
  'seed004-zero-upstream': { A2: 'Autograd!A19', A3: 'Autograd!A20' },
};

const byId = (id: string): Example => {
  const e = EXAMPLES.find((x) => x.id === id);
  if (!e) throw new Error(`no example ${id}`);
  return e;
};

/** A name's target, or the reference itself. */
const resolve = (e: Example, ref: string): string => {
  const name = Object.keys(e.workbook.names).find((n) => n.toLowerCase() === ref.toLowerCase());
  return name ? e.workbook.names[name] : ref;
};

/** Every cell of a workbook file as `'Sheet'!A1` with its input. */
const cellsOf = (e: Example): [string, string][] =>
  e.workbook.sheets.flatMap((s) =>
    Object.entries(s.cells).map(([key, entry]) => [`${quoteSheet(s.name)}!${key}`, cellInput(entry)] as [string, string]),
  );

describe('built-in examples', () => {
  it('have unique ids, titles and summaries, the tutorials first in the order of their sources', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(EXAMPLES.slice(0, TUTORIALS.length).map((e) => e.id)).toEqual(TUTORIALS.map(([id]) => id));
    expect(EXAMPLES.map((e) => e.kind)).toEqual(EXAMPLES.map((_, i) => (i < TUTORIALS.length ? 'tutorial' : 'gallery')));
    for (const e of EXAMPLES) {
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.summary.length).toBeGreaterThan(20);
    }
  });

  for (const e of EXAMPLES) {
    it(`${e.id}: loads and evaluates with no error cell`, () => {
      const book = Workbook.fromJSON(e.workbook);
      const cells = cellsOf(e);
      expect(cells.length).toBeGreaterThan(4);
      const errors = cells
        .map(([ref, input]) => [ref, input, book.get(ref)] as const)
        .filter(([, , json]) => json.kind === 'error')
        .map(([ref, input, json]) => `${ref} ${input}: ${JSON.stringify(json)}`);
      expect(errors).toEqual([]);
    });

    it(`${e.id}: shows no error through the labels the app's worker reads (Sheet1!A1, sheet names unquoted)`, () => {
      const book = Workbook.fromJSON(e.workbook);
      const labels = book.cellLabels();
      expect(labels.length).toBe(cellsOf(e).length);
      expect(labels.filter((l) => book.value(l).kind === 'error')).toEqual([]);
    });

    it(`${e.id}: every formula has a text label beside it, and names and charts point at cells with values`, () => {
      const book = Workbook.fromJSON(e.workbook);
      for (const s of e.workbook.sheets) {
        for (const [key, entry] of Object.entries(s.cells)) {
          if (!key.startsWith('A')) continue;
          const label = s.cells[`B${key.slice(1)}`];
          expect(label, `${s.name}!${key} has no label`).toBeTypeOf('string');
          expect(book.get(`${quoteSheet(s.name)}!B${key.slice(1)}`).kind, `${s.name}!B${key.slice(1)}`).toBe('text');
          if (cellInput(entry).startsWith('=')) expect((label as string).length).toBeGreaterThan(3);
        }
      }
      for (const target of Object.values(e.workbook.names)) expect(cellsOf(e).map(([ref]) => ref)).toContain(target);
      for (const c of e.workbook.charts) {
        const at = (cell: string) => book.value(`${quoteSheet(c.sheet)}!${cell}`);
        const x = at(c.x);
        if (!isTensor(x)) throw new Error(`chart x ${c.x} is not a tensor`);
        expect(x.rank).toBe(1);
        for (const y of c.y) {
          const v = at(y);
          if (!isTensor(v)) throw new Error(`chart y ${y} is not a tensor`);
          expect(v.shape).toEqual(x.shape);
        }
      }
    });
  }

  for (const [id, prefix] of TUTORIALS) {
    describe(`${id} reproduces PyTorch's numbers`, () => {
      const tutorialCases = CASES.filter((c) => c.source.startsWith(prefix));
      it('covers every golden case of its tutorial', () => {
        expect(tutorialCases.length).toBeGreaterThan(0);
        for (const c of tutorialCases) {
          const mapped = Object.keys(GOLDEN[c.id] ?? {});
          const expected = Object.entries(c.expect)
            .filter(([, want]) => want.kind !== 'error')
            .map(([ref]) => ref.replace(/^Sheet1!/, ''));
          expect(mapped.sort(), c.id).toEqual(expected.sort());
        }
      });
      for (const c of tutorialCases) {
        it(c.id, () => {
          const e = byId(id);
          const book = Workbook.fromJSON(e.workbook);
          const failures = Object.entries(GOLDEN[c.id]).flatMap(([caseCell, ref]) => {
            const why = mismatch(book.get(resolve(e, ref)), c.expect[`Sheet1!${caseCell}`], c.rtol, c.atol);
            return why ? [`${caseCell} → ${ref}: ${why}`] : [];
          });
          expect(failures).toEqual([]);
        });
      }
    });
  }

  it('the gallery example has a slider a in [0, 3] (a = 2: exp(2x²·sin x)) and its derivative agrees with the one by hand wherever a is', () => {
    const e = byId('exp-sin-slider');
    const a = resolve(e, 'a');
    expect(sliderAt(e.workbook, a.replace(/'/g, ''))).toEqual({ min: 0, max: 3, step: 0.05 });
    expect(e.workbook.sheets[0].cells.A2).toEqual({ input: '2', slider: { min: 0, max: 3, step: 0.05 } });
    expect(e.workbook.charts).toEqual([{ sheet: 'Curve', x: 'A3', y: ['A4', 'A5'], title: 'f = exp(a·x²·sin x) and df/dx' }]);
    const book = Workbook.fromJSON(e.workbook);
    for (const value of ['0', '0.35', '2', '3']) {
      book.set(a, value);
      const df = book.get(resolve(e, 'df'));
      expect(df.kind === 'tensor' && df.shape).toEqual([200]);
      const gap = book.get('Curve!A7');
      if (gap.kind !== 'tensor') throw new Error(`Curve!A7 is ${JSON.stringify(gap)}`);
      expect(gap.value as number).toBeLessThan(1e-9);
      for (const [ref] of cellsOf(e)) expect(book.get(ref).kind, `${ref} at a = ${value}`).not.toBe('error');
    }
  });

  it('a first visit opens a copy of the first tutorial', () => {
    const first = firstVisitWorkbook();
    expect(first).toEqual(EXAMPLES[0].workbook);
    expect(first).not.toBe(EXAMPLES[0].workbook);
    first.sheets[0].cells.A2 = '=1';
    expect(EXAMPLES[0].workbook.sheets[0].cells.A2).toBe('=torch.ones(2, 2, requires_grad=True)');
  });
});
