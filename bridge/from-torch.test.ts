// fromTorch end to end: the layout, names, what is left untranslated, and values checked by evaluating the
// workbook (numbers computed by hand or, for draws, with PyTorch in bridge/tutorials/expected.json).

import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../formula/index';
import { fromTorch } from './from-torch';
import { run } from './from-torch/test-helpers';

describe('fromTorch: layout and names', () => {
  it('writes one row per value: the formula in A, the statement in B, comments as a section row', () => {
    const r = run('import torch\n# Inputs\n# of the net\nx = torch.ones(2)\ny = x * 3\nprint("y is", y)\n');
    expect(r.cells).toEqual({
      A1: "'Inputs of the net",
      A2: '=torch.ones(2)',
      B2: "'x = torch.ones(2)",
      A3: '=x * 3',
      B3: "'y = x * 3",
      A4: '=y',
      B4: '\'print("y is", y)',
    });
    expect(r.names).toEqual({ x: 'Sheet1!A2', y: 'Sheet1!A3' });
    expect(r.untranslated).toEqual([]);
  });

  it('names the final binding; earlier cells are read by address', () => {
    const r = run('y = 2\ny = y * 2\ny += 1\n');
    expect(r.cells.A2).toBe('=A1 * 2');
    expect(r.cells.A3).toBe('=A2 + 1');
    expect(r.names).toEqual({ y: 'Sheet1!A3' });
    expect(r.value('A3').value).toBe(5);
  });

  it('renames variables that read as cells or clash with functions, everywhere they are used', () => {
    const r = run('x1 = 2\nsum = x1 + 1\nW2 = sum * x1\nX1 = 5\n');
    expect(r.names).toEqual({ x1_: 'Sheet1!A1', sum_: 'Sheet1!A2', W2_: 'Sheet1!A3', X1__: 'Sheet1!A4' });
    expect(r.cells.A3).toBe('=sum_ * x1_');
    expect(r.value('A3').value).toBe(6);
  });

  it('unpacks tuples into a cell each', () => {
    const r = run('pair = (1, 2)\na, b = pair\nc, d = b, a\n');
    expect(r.cells.A2).toBe('=pair');
    expect(r.cells.A3).toBe('=A2[0]');
    expect(r.value('A6').value).toBe(2);
    expect(r.value('A7').value).toBe(1);
  });
});

describe('fromTorch: what stays text', () => {
  it('quotes each statement outside the subset and lists it with its line and reason', () => {
    const r = run(
      [
        'import numpy as np',
        'x = torch.ones(2, requires_grad=True)',
        'if x.sum() > 0:',
        '    x = x * 2',
        'class Net(torch.nn.Module):',
        '    pass',
        'x.requires_grad = False',
        'x[0] = 3',
        'y = x.add_(1)',
        'z = undefined_thing + 1',
        'w = len(x)',
      ].join('\n'),
    );
    expect(r.untranslated.map((u) => u.line)).toEqual([1, 3, 5, 7, 8, 9, 10, 11]);
    expect(r.untranslated[1]).toEqual({ line: 3, source: 'if x.sum() > 0: x = x * 2', reason: 'if statements are not translated' });
    expect(r.untranslated[5].reason).toMatch(/in place/);
    expect(r.untranslated[6].reason).toBe('undefined_thing is not defined here');
    expect(r.cells.A1).toBe("'import numpy as np");
    expect(r.cells.B1).toMatch(/^'not translated: /);
    // The translated statement between them still works.
    expect(r.value('A2').shape).toEqual([2]);
  });

  it('refuses what is not Python with the line', () => {
    expect(fromTorch('x = 1\ny = = 2\n')).toEqual({ ok: false, message: expect.stringMatching(/^line 2: not Python: /) as unknown });
    expect(fromTorch('def f(:\n')).toMatchObject({ ok: false });
  });

  it('reads 1. and 2.e3 as numbers, keeping the script spelling', () => {
    const r = run('a = [1., 2.e3, .5]\nb = "1. stays"  # 3.\n');
    expect(r.cells.A1).toBe('=[1., 2e3, .5]');
    expect(r.cells.A2).toBe('="1. stays"');
  });
});

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 500);

describe('fromTorch: bounded', () => {
  // @lezer/python's own parse is the floor (about half a second for 1 MB here, more on a busy machine): the
  // translation must cost no more than a few times it, and under a second where the parse is fast.
  const timed = (source: string) => {
    const t0 = performance.now();
    parser.parse(source);
    const t1 = performance.now();
    const result = fromTorch(source);
    return { result, parse: t1 - t0, total: performance.now() - t1 };
  };

  it('translates 10,000 statements (over 1 MB) in about the time of the parse', () => {
    const lines = ['x = torch.ones(3, requires_grad=True)'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        i % 100 === 99
          ? 'x.sum().backward(); print(x.grad)'
          : `y${i % 7}a = x * ${i} + torch.tensor([1.5, 2.5, 3.5]) * 0.000001 - 0.0000012345678  # a comment to pad it out`,
      );
    const source = lines.join('\n');
    expect(source.length).toBeGreaterThan(1_000_000);
    const { result, parse, total } = timed(source);
    expect(total).toBeLessThan(Math.max(1000, 4 * parse));
    expect(result.ok && result.untranslated.length).toBe(0);
  });

  it('stays linear with 10,000 distinct variables and failing statements', () => {
    const lines: string[] = [];
    for (let i = 0; i < 5_000; i++)
      lines.push(`v_${i} = torch.ones(2, requires_grad=True) * ${i}`, `v_${i}.grad.zero_(); w_${i} = v_${i}.nope_()`);
    const { result, parse, total } = timed(lines.join('\n'));
    expect(total).toBeLessThan(Math.max(1000, 4 * parse));
    expect(result.ok && result.untranslated.length).toBe(5_000);
  });

  it('refuses deep nesting with a message instead of overflowing the stack', () => {
    const deep = `y = ${'('.repeat(900)}1${')'.repeat(900)}\nz = 2\n`;
    const r = run(deep);
    expect(r.untranslated[0]).toMatchObject({ line: 1, reason: 'nested deeper than 200 levels' });
    expect(r.value('A2').value).toBe(2);
    let blocks = 'y = 1\n';
    for (let i = 0; i < 300; i++) blocks += `${' '.repeat(i)}with torch.no_grad():\n`;
    blocks += `${' '.repeat(300)}y = 2\n`;
    expect(run(blocks).untranslated[0].reason).toBe('nested deeper than 200 levels');
    // Deeper than @lezer/python can build a tree for, the script is refused before parsing, with a message.
    for (const n of [1001, 20_000, 200_000])
      expect(fromTorch(`x = 1\ny = ${'('.repeat(n)}1${')'.repeat(n)}\n`)).toEqual({
        ok: false,
        message: 'line 2: nested deeper than 1000 levels, which is not read',
      });
    let indented = '';
    for (let i = 0; i < 1001; i++) indented += `${' '.repeat(i)}if x:\n`;
    expect(fromTorch(indented)).toMatchObject({ ok: false, message: expect.stringMatching(/^line 1001: nested deeper/) as unknown });
  });

  it('translates an empty script to an empty sheet', () => {
    expect(fromTorch('')).toEqual({
      ok: true,
      file: { format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells: {} }], names: {} },
      untranslated: [],
    });
  });

  it('never throws on random Python-like text', () => {
    const pieces = [
      'x',
      'y',
      ' = ',
      '(',
      ')',
      '[',
      ']',
      ', ',
      '.grad',
      '.backward()',
      'torch.randn(2)',
      'for _ in range(2):',
      '\n',
      '\n    ',
      ':',
      '1.',
      '"s',
      "'",
      '#',
      '**',
      '@',
      'def f(a):',
      'return ',
      'with torch.no_grad():',
      'lambda a: ',
      'print(',
      '+=',
      '\\',
      'α',
      '.zero_()',
      'x.grad = None',
      'opt = torch.optim.SGD([x], lr=0.1)',
      'opt.step()',
      'while x < 3:',
      'a, b = ',
      'if x:',
      '@torch.no_grad()',
    ];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < FUZZ_RUNS; i++) {
      let src = '';
      for (let j = 0; j < 30; j++) src += pieces[Math.floor(next() * pieces.length)];
      const r = fromTorch(src);
      expect(r.ok || !r.message.startsWith('the translation failed'), src).toBe(true);
      // What it writes is a valid workbook.
      if (r.ok) expect(() => Workbook.fromJSON(r.file), src).not.toThrow();
    }
  });

  it('never throws on fragments of scripts', () => {
    const script =
      'import torch\nx = torch.ones(2, requires_grad=True)\ny = (x ** 2).sum()\ny.backward()\nfor _ in range(3):\n    x = x * 2\nprint(x.grad, f"{x}")\n';
    for (let i = 0; i < script.length; i += 3)
      for (const cut of [script.slice(0, i), script.slice(i), script.slice(0, i) + '@#(' + script.slice(i)])
        expect(() => fromTorch(cut)).not.toThrow();
  });
});
