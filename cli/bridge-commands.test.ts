// The bridge's commands and `profile` through `main`, as a user runs them: what they print, what goes to
// stderr, and the exit codes (SPEC §8, §13, §14).
import { describe, expect, it } from 'vitest';
import { Workbook } from '../formula/book';
import { main } from './main';

function runCli(argv: string[], files: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) => {
      if (!Object.hasOwn(files, p)) return { ok: false, message: `cannot read "${p}": no such file` };
      const f = files[p];
      return { ok: true, bytes: typeof f === 'string' ? new TextEncoder().encode(f) : f };
    },
  });
  return { code, out: out.join('\n'), err };
}

const SCRIPT = `import torch
x = torch.ones(2, 2, requires_grad=True)
out = (x * x * 3).mean()
out.backward()
print(x.grad)
with open("data.txt") as f:
    pass
`;

const BOOK = JSON.stringify({
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets: [
    { name: 'Sheet1', cells: { A1: '=ones(3, requires_grad=true)', A2: '=repeat(10, A1, z => z * 2 / 3)', A3: '=grad(A2.sum(), A1)' } },
  ],
  names: {},
  charts: [],
});

describe('gradsheet from-torch', () => {
  it('prints a workbook that computes what the script prints, listing what stays as text on stderr', () => {
    const r = runCli(['from-torch', 's.py'], { 's.py': SCRIPT });
    expect(r.code).toBe(0);
    const book = Workbook.fromJSON(JSON.parse(r.out));
    const grads = book.cellLabels().filter((l) => book.input(l) === '=x.grad');
    expect(grads).toHaveLength(1);
    expect(book.get(grads[0])).toMatchObject({
      kind: 'tensor',
      value: [
        [1.5, 1.5],
        [1.5, 1.5],
      ],
    });
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^line 6: not translated \(.+\): with open\("data.txt"\) as f:/);
  });

  it('exits 2 with one line for text that is not Python, bytes that are not UTF-8, or no file', () => {
    for (const [files, why] of [
      [{ 's.py': 'x = = (\n' }, /^gradsheet: "s.py": line 1: not Python/],
      [{ 's.py': new Uint8Array([0x78, 0x3d, 0xff, 0xfe]) }, /^gradsheet: "s.py" is not UTF-8 text/],
      [{}, /^gradsheet: cannot read "s.py": no such file$/],
      [{ 's.py': 'x = 1\n'.repeat(200_000) }, /^gradsheet: "s.py" is 1\.1 MB; a script may be up to 1 MB$/],
    ] as const) {
      const r = runCli(['from-torch', 's.py'], files as Record<string, string | Uint8Array>);
      expect(r).toMatchObject({ code: 2, out: '' });
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(why);
    }
    expect(runCli(['from-torch']).err[0]).toMatch(/^gradsheet: from-torch needs a PyTorch script/);
    expect(runCli(['from-torch', 'a.py', 'b.py']).err[0]).toMatch(/one file at a time/);
  });
});

describe('gradsheet to-torch', () => {
  it('prints a PyTorch script with one output line per cell', () => {
    const r = runCli(['to-torch', 'b.json'], { 'b.json': BOOK });
    expect(r.code).toBe(0);
    expect(r.out).toContain('torch.set_default_dtype(torch.float64)');
    for (const cell of ['Sheet1!A1', 'Sheet1!A2', 'Sheet1!A3']) expect(r.out).toContain(`gs_print("${cell}"`);
  });

  it('exits 2 for a file that is not a workbook', () => {
    const r = runCli(['to-torch', 'b.json'], { 'b.json': '{"format": "nope"}' });
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err[0]).toMatch(/^gradsheet: "b.json": /);
  });
});

describe('gradsheet profile', () => {
  it("prints PyTorch's table: exact calls, forward and backward apart, slowest self time first, and each cell's time", () => {
    const r = runCli(['profile', 'b.json'], { 'b.json': BOOK });
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out) as {
      ops: { name: string; phase: string; calls: number; self_ms: number; total_ms: number }[];
      cells: { cell: string; ms: number }[];
    };
    const calls = (name: string, phase: string) => p.ops.find((o) => o.name === name && o.phase === phase)?.calls;
    expect([
      calls('mul', 'forward'),
      calls('div', 'forward'),
      calls('MulBackward0', 'backward'),
      calls('DivBackward0', 'backward'),
    ]).toEqual([10, 10, 10, 10]);
    expect(p.ops.map((o) => o.self_ms)).toEqual([...p.ops.map((o) => o.self_ms)].sort((a, b) => b - a));
    expect(p.cells.map((c) => c.cell).sort()).toEqual(['Sheet1!A1', 'Sheet1!A2', 'Sheet1!A3']);
  });

  it('exits 2 with one line for a file that is not a workbook', () => {
    const r = runCli(['profile', 'b.json'], { 'b.json': 'not json' });
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toHaveLength(1);
  });
});
