import { describe, expect, it } from 'vitest';
import { main } from './main';

function runCli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[p];
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const book = JSON.stringify({
  format: 'gradsheet', version: 1, seed: 0,
  sheets: [{ name: 'Sheet1', cells: { A1: 'x', B1: '=[1, 2]', C1: '=B1 * [1, 2, 3]', D1: '=log(-1)' } }],
  names: { v: 'Sheet1!B1' }, charts: [],
});

describe('gradsheet eval', () => {
  it('prints every cell as SPEC §8 JSON and exits 0, errors included', () => {
    const r = runCli(['eval', 'b.json'], { 'b.json': book });
    expect(r.code).toBe(0);
    const cells = JSON.parse(r.out).cells;
    expect(Object.keys(cells)).toEqual(['Sheet1!A1', 'Sheet1!B1', 'Sheet1!C1', 'Sheet1!D1']);
    expect(cells['Sheet1!B1']).toEqual({ kind: 'tensor', shape: [2], value: [1, 2], requires_grad: false, grad_fn: null });
    expect(cells['Sheet1!C1']).toMatchObject({ kind: 'error', code: '#SHAPE!', message: 'mul: shapes [2] and [3] do not broadcast' });
    expect(cells['Sheet1!D1']).toMatchObject({ value: 'NaN', nonfinite: { op: 'log', cell: 'Sheet1!D1' } });
  });

  it('prints only the cells asked for with --cell, by label, address or name', () => {
    const r = runCli(['eval', 'b.json', '--cell', 'Sheet1!A1', '--cell=B1', '--cell', 'v'], { 'b.json': book });
    expect(Object.keys(JSON.parse(r.out).cells)).toEqual(['Sheet1!A1', 'B1', 'v']);
    expect(JSON.parse(r.out).cells.v.value).toEqual([1, 2]);
  });

  it('exits 2 with a message on stderr for a file it cannot use', () => {
    expect(runCli(['eval', 'none.json'])).toMatchObject({ code: 2, err: expect.stringMatching(/cannot read none.json: ENOENT/) });
    expect(runCli(['eval', 'b.json'], { 'b.json': '[1]' })).toMatchObject({ code: 2, err: expect.stringMatching(/not a Gradsheet workbook/) });
    expect(runCli(['eval'])).toMatchObject({ code: 2, err: expect.stringMatching(/needs a workbook file/) });
    expect(runCli(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command/) });
    expect(runCli(['eval', 'b.json', '--cell'], { 'b.json': book })).toMatchObject({ code: 2 });
    expect(runCli(['--help']).code).toBe(0);
  });
});
