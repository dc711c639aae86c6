import { describe, expect, it } from 'vitest';
import { limits, setLimits } from '../engine/limits';
import { main, oneLine } from './main';

function runCli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) =>
      Object.hasOwn(files, p)
        ? { ok: true, bytes: new TextEncoder().encode(files[p]) }
        : { ok: false, message: `cannot read "${p}": no such file` },
  });
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err.length };
}

const book = JSON.stringify({
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets: [
    { name: 'Sheet1', cells: { A1: 'x', B1: '=[1, 2]', C1: '=B1 * [1, 2, 3]', D1: '=log(-1)' } },
    { name: "Bob's sheet", cells: { A1: '7' } },
  ],
  names: { v: 'Sheet1!B1' },
  charts: [],
});

describe('gradsheet eval', () => {
  it('prints every cell as SPEC §8 JSON and exits 0, errors included', () => {
    const r = runCli(['eval', 'b.json'], { 'b.json': book });
    expect(r.code).toBe(0);
    const cells = JSON.parse(r.out).cells;
    expect(Object.keys(cells)).toEqual(['Sheet1!A1', 'Sheet1!B1', 'Sheet1!C1', 'Sheet1!D1', "Bob's sheet!A1"]);
    expect(cells['Sheet1!B1']).toEqual({ kind: 'tensor', shape: [2], value: [1, 2], requires_grad: false, grad_fn: null });
    expect(cells['Sheet1!C1']).toMatchObject({ kind: 'error', code: '#SHAPE!', message: 'mul: shapes [2] and [3] do not broadcast' });
    expect(cells['Sheet1!D1']).toMatchObject({ value: 'NaN', nonfinite: { op: 'log', cell: 'Sheet1!D1' } });
  });

  it('prints only the cells asked for with --cell, by label, address or name, each once', () => {
    const r = runCli(
      [
        'eval',
        'b.json',
        '--cell',
        'Sheet1!A1',
        '--cell=B1',
        '--cell',
        'V',
        '--cell',
        "'Bob''s sheet'!a1",
        '--cell',
        "bob's SHEET!$A$1",
        '--cell',
        'B1',
      ],
      { 'b.json': book },
    );
    expect(r.code).toBe(0);
    const cells = JSON.parse(r.out).cells;
    expect(Object.keys(cells)).toEqual(['Sheet1!A1', 'B1', 'V', "'Bob''s sheet'!a1", "bob's SHEET!$A$1"]);
    expect([cells.V.value, cells["'Bob''s sheet'!a1"].value, cells["bob's SHEET!$A$1"].value]).toEqual([[1, 2], 7, 7]);
  });

  it('runs under the budgets its flags set, and refuses a flag that is not a positive number', () => {
    const loops = JSON.stringify({
      format: 'gradsheet',
      version: 1,
      sheets: [{ name: 'Sheet1', cells: { A1: '=repeat(100000, 0, b => b + 1)', A2: '=ones(1000, 1000)' } }],
    });
    const saved = { ...limits };
    try {
      const tight = JSON.parse(
        runCli(['eval', 'l.json', '--max-steps', '1000', '--max-memory=4', '--max-seconds', '10'], { 'l.json': loops }).out,
      ).cells;
      expect(tight['Sheet1!A1']).toMatchObject({ code: '#LOOP!', message: expect.stringContaining('1,000 operations') });
      expect(tight['Sheet1!A2']).toMatchObject({ code: '#LIMIT!', message: expect.stringContaining('memory budget (4 MiB)') });
      expect(limits).toMatchObject({ maxSteps: 1000, maxMemory: 2 ** 19, maxMillis: 10_000 });
    } finally {
      setLimits(saved);
    }
    for (const bad of [['--max-steps'], ['--max-steps', '0'], ['--max-memory=-1'], ['--max-seconds', 'soon']]) {
      expect(runCli(['eval', 'l.json', ...bad], { 'l.json': loops })).toMatchObject({
        code: 2,
        errLines: 1,
        err: expect.stringMatching(/needs a positive number of/),
      });
    }
  });

  it('exits 2 with one line on stderr for a file it cannot use', () => {
    expect(runCli(['eval', 'none.json'])).toMatchObject({ code: 2, err: 'gradsheet: cannot read "none.json": no such file' });
    expect(runCli(['eval', 'b.json'], { 'b.json': '[1]' })).toMatchObject({
      code: 2,
      err: 'gradsheet: "b.json": not a Gradsheet workbook: the file is not a JSON object',
    });
    expect(runCli(['eval', 'b.json'], { 'b.json': '\n\nx\n\ny' })).toMatchObject({
      code: 2,
      errLines: 1,
      err: expect.stringMatching(/not valid JSON \(Unexpected token 'x', "\\n\\nx\\n\\ny" is not valid JSON\)$/),
    });
    const outside = JSON.stringify({ format: 'gradsheet', version: 1, sheets: [{ name: 'Sheet1', cells: { A1: '1', ZZZ9999999: '2' } }] });
    expect(runCli(['eval', 'z.json'], { 'z.json': outside })).toMatchObject({
      code: 2,
      err: 'gradsheet: "z.json": invalid workbook: Sheet1: cell key "ZZZ9999999" is outside the grid (columns A to XFD, rows 1 to 1048576)',
    });
  });

  it.each([
    [[], /^gradsheet: usage: gradsheet eval BOOK.json/],
    [['frobnicate'], /^gradsheet: unknown command "frobnicate"; usage/],
    [['eval'], /^gradsheet: eval needs a workbook file/],
    [['eval', 'b.json', '--cell'], /^gradsheet: --cell needs a reference/],
    [['eval', 'b.json', '--cel'], /^gradsheet: unknown option "--cel" \(gradsheet --help says more\)$/],
    [['eval', 'b.json', 'c.json'], /^gradsheet: one workbook at a time \(got "b.json" and "c.json"\)$/],
    [
      ['eval', 'b.json', '--cell', 'Nope!A1'],
      /^gradsheet: --cell "Nope!A1": the workbook has no sheet "Nope" \(its sheets: Sheet1, Bob's sheet\)$/,
    ],
    [
      ['eval', 'b.json', '--cell', 'XFE1'],
      /^gradsheet: --cell "XFE1": cell "XFE1" is outside the grid \(columns A to XFD, rows 1 to 1048576\)$/,
    ],
    [['eval', 'b.json', '--cell', 'Sheet1!A0'], /^gradsheet: --cell "Sheet1!A0": cell "A0" is outside the grid/],
    [['eval', 'b.json', '--cell', 'A1:B2'], /^gradsheet: --cell "A1:B2": a range; --cell takes one cell/],
    [
      ['eval', 'b.json', '--cell', 'sum(A1)'],
      /^gradsheet: --cell "sum\(A1\)" is not a cell \(like Sheet1!A1 or A1\) or a name in this workbook$/,
    ],
  ])('exits 2 with one line for the arguments %j', (argv, why) => {
    const r = runCli(argv, { 'b.json': book });
    expect(r).toMatchObject({ code: 2, errLines: 1, out: '' });
    expect(r.err).toMatch(why);
  });

  it('prints its usage for --help, also after eval, and reads a file named like an option after --', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0, out: expect.stringMatching(/^usage: gradsheet eval/) });
    expect(runCli(['eval', 'b.json', '--help'])).toMatchObject({ code: 0, out: expect.stringMatching(/^usage: gradsheet eval/) });
    expect(runCli(['eval', '--', '--odd.json'], { '--odd.json': book }).code).toBe(0);
  });
});

describe('oneLine', () => {
  it('escapes every line break and control character, and caps the length', () => {
    expect(oneLine('a\nb\r\tc\u0000d\u2028e')).toBe('a\\nb\\r\\tc\\u0000d\\u2028e');
    expect(oneLine('x'.repeat(5000))).toHaveLength(2001);
  });
});
