// The emitted text itself: variable names, order, the helper block, what is not translated, and that
// untrusted text (cells, sheet names, formulas) can never leave its Python string or comment.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readWorkbook, type WorkbookFile } from '../storage/format';
import { OUTPUT_BEGIN, OUTPUT_END, toTorch, toTorchScript } from './to-torch';
import { HELPERS_BEGIN, HELPERS_END } from './to-torch/helpers';

function book(
  cells: Record<string, string>,
  names: Record<string, string> = {},
  more: { name: string; cells: Record<string, string> }[] = [],
): WorkbookFile {
  const read = readWorkbook({ format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells }, ...more], names, charts: [] });
  if (!read.ok) throw new Error(read.message);
  return read.book;
}

/** The statement lines (`name = ...`) of the script's body, in order. */
const statements = (script: string): string[] =>
  script
    .slice(script.indexOf(HELPERS_END), script.indexOf(OUTPUT_BEGIN))
    .split('\n')
    .filter((l) => /^[A-Za-z_][A-Za-z0-9_]* = /.test(l));

const printed = (script: string): string[] =>
  script.slice(script.indexOf(OUTPUT_BEGIN), script.indexOf(OUTPUT_END)).split('\n').slice(1, -1);

describe('toTorch: the script', () => {
  it('opens with the imports, float64 and the fenced helper block, and closes with the fenced output', () => {
    const script = toTorch(book({ A1: '1' }));
    expect(script.startsWith('import json, math, torch\n\ntorch.set_default_dtype(torch.float64)\n')).toBe(true);
    expect(script.indexOf(HELPERS_BEGIN)).toBeLessThan(script.indexOf(HELPERS_END));
    expect(script.indexOf(HELPERS_END)).toBeLessThan(script.indexOf(OUTPUT_BEGIN));
    expect(printed(script)).toEqual(['gs_print("Sheet1!A1", Sheet1_A1)']);
  });

  it('spells numbers, booleans and text as PyTorch and Python do', () => {
    const s = statements(toTorch(book({ A1: '2.5', A2: 'TRUE', A3: 'hello', A4: "'42", A5: '=[1, 2] * 2', A6: '=1 - A1' })));
    expect(s).toEqual([
      'Sheet1_A1 = torch.tensor(2.5)',
      'Sheet1_A2 = torch.tensor(True)',
      'Sheet1_A3 = "hello"',
      'Sheet1_A4 = "42"',
      'Sheet1_A5 = torch.tensor([1.0, 2.0]) * 2',
      'Sheet1_A6 = 1 - Sheet1_A1',
    ]);
  });

  it("keeps a method a method where PyTorch's Tensor means the same, and calls the function where it does not", () => {
    const s = statements(toTorch(book({ A1: '=[1, 2]', A2: '=(A1 ** 2).sum(dim=0)', A3: '=(A1 > 1).where(A1, 0)' })));
    expect(s).toContain('Sheet1_A2 = (Sheet1_A1 ** 2).sum(dim=0)');
    expect(s).toContain('Sheet1_A3 = torch.where(Sheet1_A1 > 1, Sheet1_A1, torch.tensor(0.0))');
  });

  it('names variables after workbook names that are usable identifiers, else after the sheet and cell', () => {
    const file = book(
      { A1: '1', A2: '2', A3: '3', A4: '4', A5: '=w + lambda + sum + gs_x' },
      { w: 'Sheet1!A1', lambda: 'Sheet1!A2', sum: 'Sheet1!A3', gs_x: 'Sheet1!A4' },
      [{ name: 'My sheet', cells: { B2: '=Sheet1!A1 * 2' } }],
    );
    const s = statements(toTorch(file));
    expect(s).toContain('w = torch.tensor(1.0)');
    expect(s).toContain('Sheet1_A2 = torch.tensor(2.0)');
    expect(s).toContain('Sheet1_A3 = torch.tensor(3.0)');
    expect(s).toContain('Sheet1_A4 = torch.tensor(4.0)');
    expect(s).toContain('Sheet1_A5 = w + Sheet1_A2 + Sheet1_A3 + Sheet1_A4');
    expect(s).toContain('My_sheet_B2 = w * 2');
  });

  it('keeps two sheets whose names sanitize alike apart', () => {
    const s = statements(
      toTorch(
        book({}, {}, [
          { name: 'a b', cells: { A1: '1' } },
          { name: 'a_b', cells: { A1: '2' } },
        ]),
      ),
    );
    expect(s).toEqual(['a_b_A1 = torch.tensor(1.0)', 'a_b_A1_2 = torch.tensor(2.0)']);
  });

  it('renames lambda parameters that clash with Python', () => {
    const s = statements(toTorch(book({ A1: '=(lambda, x) => lambda * x' })));
    expect(s).toEqual(['Sheet1_A1 = lambda p_lambda, x: p_lambda * x']);
  });

  it('moves the relative references of filled-down formulas, which share one parse', () => {
    const s = statements(toTorch(book({ A1: '1', A2: '2', B1: '=A1 * 2 + $A$1', B2: '=A2 * 2 + $A$1', B3: '=sum(A$1:A2)' })));
    expect(s).toContain('Sheet1_B1 = Sheet1_A1 * 2 + Sheet1_A1');
    expect(s).toContain('Sheet1_B2 = Sheet1_A2 * 2 + Sheet1_A1');
    expect(s).toContain('Sheet1_B3 = torch.sum(Sheet1_A1_A2)');
  });

  it('reads an empty cell as 0, as the sheet does, and says so', () => {
    const script = toTorch(book({ A1: '=C9 + 1', A2: '=C9', A3: '=sum(C8:C9)', C8: '4' }));
    expect(statements(script)).toEqual([
      'Sheet1_A1 = torch.tensor(0.0) + 1',
      'Sheet1_A2 = None',
      'Sheet1_C8 = torch.tensor(4.0)',
      'Sheet1_C8_C9 = torch.stack([torch.stack([Sheet1_C8]), torch.stack([torch.tensor(0.0)])])',
      'Sheet1_A3 = torch.sum(Sheet1_C8_C9)',
    ]);
    expect(script).toContain('# Sheet1!C9 is empty: the sheet reads it as 0');
  });

  it('computes every cell after the cells it reads, whatever their place in the file', () => {
    const s = statements(toTorch(book({ A1: '=B1 * 2', B1: '=C1 + 1', C1: '3' })));
    expect(s).toEqual(['Sheet1_C1 = torch.tensor(3.0)', 'Sheet1_B1 = Sheet1_C1 + 1', 'Sheet1_A1 = Sheet1_B1 * 2']);
  });

  it('reads x.grad after every backward root, and sums over them', () => {
    const s = statements(
      toTorch(book({ A1: '=A2.grad', A2: '=tensor([1.0], requires_grad=true)', A3: '=backward(A2 ** 2)', A4: '=backward(A2 ** 3)' })),
    );
    expect(s.at(-1)).toBe('Sheet1_A1 = gs_dot_grad(Sheet1_A2, [(Sheet1_A3, None), (Sheet1_A4, None)])');
  });

  it('comments a cycle and leaves its cells out of the output', () => {
    const { script, untranslated } = toTorchScript(book({ A1: '=B1 + 1', B1: '=A1 * 2', C1: '5' }));
    expect(untranslated.map((u) => u.cell)).toEqual(['Sheet1!A1', 'Sheet1!B1']);
    expect(script).toContain('# Sheet1!A1: not translated: ');
    expect(printed(script)).toEqual(['gs_print("Sheet1!C1", Sheet1_C1)']);
  });

  it('holds only the helpers the book uses', () => {
    const plain = toTorch(book({ A1: '=ones(2) * 2' }));
    expect(plain).not.toContain('def gs_while');
    expect(plain).toContain('def gs_print');
    const loop = toTorch(book({ A1: '=while(1, y => y < 100, y => y * 2)', A2: '=repeat(3, 1, y => y + 1)' }));
    expect(loop).toContain('def gs_while(');
    expect(loop).toContain('def gs_repeat(');
    expect(loop).not.toContain('def gs_customgrad(');
    for (const line of loop.slice(loop.indexOf(HELPERS_BEGIN), loop.indexOf(HELPERS_END)).split('\n')) {
      expect(line === '' || line.startsWith(' ') || line.startsWith('#') || line.startsWith('def gs_')).toBe(true);
    }
  });

  it('says why an unseeded draw and what reads it are not translated, and prints neither', () => {
    const { script, untranslated } = toTorchScript(book({ A1: '=rand(3)', A2: '=A1 * 2', A3: '=rand(3, seed=4)' }));
    expect(untranslated).toEqual([
      { cell: 'Sheet1!A1', reason: expect.stringContaining('without seed=') as string },
      { cell: 'Sheet1!A2', reason: 'it reads Sheet1!A1, which is not translated' },
    ]);
    expect(script).toContain('Sheet1_A3 = torch.rand(3, generator=torch.Generator().manual_seed(4))');
    expect(printed(script)).toEqual(['gs_print("Sheet1!A3", Sheet1_A3)']);
  });

  it('continues an after= chain from where the earlier draw left its generator', () => {
    const s = statements(toTorch(book({ A1: '=randn(5, 3, seed=1)', A2: '=randn(3, after=A1)' })));
    expect(s).toEqual(['Sheet1_A1 = gs_draw(torch.randn, 5, 3, seed=1)', 'Sheet1_A2 = gs_draw(torch.randn, 3, after=Sheet1_A1)']);
  });

  it('makes a leaf that a grad reads require grad, and prints the gradient as the sheet shows it', () => {
    const script = toTorch(book({ A1: '=[1, 2]', A2: '=grad(sum(A1 ** 2), A1)', A3: '=grad(sum(A1 ** 2), A1, create_graph=true)' }));
    expect(statements(script)[0]).toBe('Sheet1_A1 = gs_watch(torch.tensor([1.0, 2.0]))');
    expect(printed(script)).toEqual([
      'gs_print("Sheet1!A1", Sheet1_A1, detached=True)',
      'gs_print("Sheet1!A2", Sheet1_A2, detached=True)',
      'gs_print("Sheet1!A3", Sheet1_A3, detached=True)',
    ]);
  });

  it('widens a narrower float dtype to float64 as the sheet does, and says so', () => {
    const script = toTorch(book({ A1: '=torch.ones(3, dtype=torch.float32) / 3' }));
    expect(script).toContain('# the sheet computes torch.float32 in float64, and so does this script');
    expect(statements(script)).toEqual(['Sheet1_A1 = torch.ones(3, dtype=torch.float64) / 3']);
  });
});

const HOSTILE = [
  '"); import os; os.system("echo pwned"); ("',
  '\'\'\'"""\\',
  'line one\nimport os\r\nline three\u2028\u2029\u0085',
  '\u0000\u001b[31m\u007f',
  'caf\u00e9 \u{1F600} \ud800 lone',
  '\\x41\\u0042 \\N{BULLET}',
];

/** Reads a Python string literal as pyString writes it (ASCII, with \\x, \\u, \\U, \\\\ and \\" escapes). */
function decodePy(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  return literal
    .slice(1, -1)
    .replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|\\|")/g, (_, e: string) =>
      e === '\\' || e === '"' ? e : String.fromCodePoint(parseInt(e.slice(1), 16)),
    );
}

describe('toTorch: untrusted text', () => {
  it('keeps every text cell inside one ASCII Python string that reads back as the text', () => {
    const cells = Object.fromEntries(HOSTILE.map((text, i) => [`A${i + 1}`, `'${text}`]));
    const s = statements(toTorch(book(cells)));
    expect(s).toHaveLength(HOSTILE.length);
    s.forEach((line, i) => {
      expect(line).toMatch(/^Sheet1_A\d+ = "[\x20-\x7e]*"$/);
      expect(decodePy(line.slice(line.indexOf(' = ') + 3))).toBe(HOSTILE[i]);
    });
  });

  it('keeps hostile formulas and sheet names on their comment line and inside their strings', () => {
    const file = book({ A1: `="x\nimport os"`, A2: '=nosuch(1)\nimport os' }, {}, [{ name: 'evil"\nimport os #', cells: { A1: '1' } }]);
    const script = toTorch(file);
    expect(script.split('\n').some((l) => l.startsWith('import os'))).toBe(false);
    expect(script).toContain(`gs_print("'evil\\"\\x0aimport os #'!A1", evil__import_os___A1)`);
  });

  it.skipIf(spawnSync('/usr/bin/python3', ['-c', 'import torch']).status !== 0)(
    'prints the hostile texts back exactly when Python runs the script',
    () => {
      const cells = Object.fromEntries(HOSTILE.map((text, i) => [`A${i + 1}`, `'${text}`]));
      const run = spawnSync('/usr/bin/python3', ['-'], { input: toTorch(book(cells)), encoding: 'utf8', timeout: 120_000 });
      expect(run.stderr).toBe('');
      const values = run.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { value: string }).value);
      expect(values).toEqual(HOSTILE);
    },
    150_000,
  );
});

describe('toTorch: bad input', () => {
  const ODD = [
    '=',
    '=(',
    '=A1:XFD1048576',
    "='No such sheet'!A1 + 1",
    '=nosuch',
    '=#REF! + 1',
    '=x.requires_grad = False',
    '=ones(2).add_(1)',
    '=grad(A2 * 2, A2 * 3)',
    '=let(1, 2, 3)',
    '=if(true, 1)',
    '=backward(ones(2, requires_grad=true).sum()) + 1',
    '=torch.ones(2, dtype=torch.complex64)',
    '=norm([1, 2], p="nuc")',
    '=tensor(A2)',
    `=${'('.repeat(400)}1${')'.repeat(400)}`,
    `=${Array.from({ length: 300 }, (_, i) => `y${i} => `).join('')}1`,
  ];

  it('never throws, and says why for every cell it leaves out', () => {
    const cells = Object.fromEntries(ODD.map((f, i) => [`A${i + 1}`, f]));
    const file = book(cells, { broken: 'Sheet1!A1:XFD1048576' });
    const { script, untranslated } = toTorchScript(file);
    expect(script).toContain(OUTPUT_END);
    for (const u of untranslated) expect(u.reason).not.toBe('');
    expect(script.split('\n').filter((l) => l.startsWith('# Sheet1!A') && l.includes('not translated')).length).toBe(untranslated.length);
  });

  it('orders a chain of 20,000 cells without recursion', () => {
    const cells: Record<string, string> = { A1: '1' };
    for (let r = 2; r <= 20_000; r++) cells[`A${r}`] = `=A${r - 1} + 1`;
    const s = statements(toTorch(book(cells)));
    expect(s).toHaveLength(20_000);
    expect(s[0]).toBe('Sheet1_A1 = torch.tensor(1.0)');
    expect(s.at(-1)).toBe('Sheet1_A20000 = Sheet1_A19999 + 1');
  }, 60_000);
});
