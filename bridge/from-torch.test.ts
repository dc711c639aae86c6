// fromTorch end to end: the layout, names, what is left untranslated, and values checked by evaluating the
// workbook (numbers computed by hand or, for draws, with PyTorch in bridge/tutorials/expected.json).

import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../formula/index';
import { fromTorch, type TorchOptions } from './from-torch';

function run(source: string, options?: TorchOptions) {
  const result = fromTorch(source, options);
  if (!result.ok) throw new Error(result.message);
  const cells = result.file.sheets[0].cells as Record<string, string>;
  const book = Workbook.fromJSON(result.file);
  const value = (ref: string) => book.get(`Sheet1!${ref}`) as { kind: string; value?: unknown; items?: unknown[]; shape?: number[] };
  const find = (input: string) => Object.keys(cells).find((k) => cells[k] === input);
  return { cells, names: result.file.names ?? {}, untranslated: result.untranslated, value, find };
}

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

describe('fromTorch: gradients', () => {
  const base = 'import torch\nx = torch.tensor([1., 2.], requires_grad=True)\n';

  it('reads x.grad as x.grad when the backward calls before it are all of them', () => {
    const r = run(`${base}y = (x ** 2).sum()\ny.backward()\nprint(x.grad)\n`);
    expect(r.cells.A3).toBe('=backward(y)');
    expect(r.cells.A4).toBe('=x.grad');
    expect(r.value('A4').value).toEqual([2, 4]);
  });

  it('sums the calls before the read, and only those since zero_(); None before any', () => {
    const r = run(
      `${base}print(x.grad)\n(x * 3).sum().backward()\n(x ** 2).sum().backward(retain_graph=True)\ng2 = x.grad\nx.grad.zero_()\nprint(x.grad)\ntorch.autograd.backward(x.sum(), None)\ng3 = x.grad\n`,
    );
    expect(r.cells.A2).toBe("'None");
    expect(r.cells.A5).toBe('=grad((x * 3).sum(), x) + grad((x ** 2).sum(), x)');
    expect(r.value('A5').value).toEqual([5, 7]);
    expect(r.cells.A7).toBe('=torch.zeros_like(x)');
    expect(r.cells.A9).toBe('=grad(x.sum(), x)');
    expect(r.value('A9').value).toEqual([1, 1]);
  });

  it('passes the upstream tensor, and x.grad = None resets to None', () => {
    const r = run(`${base}y = x * 2\ny.backward(gradient=torch.tensor([1., 10.]), retain_graph=True)\nx.grad = None\nprint(x.grad)\n`);
    expect(r.cells.A3).toBe('=backward(y, torch.tensor([1., 10.]))');
    expect(r.cells.A5).toBe("'None");
  });

  it('gives None for a tensor that is not a leaf requiring grad, saying why', () => {
    const r = run(`${base}y = x * 2\ny.sum().backward()\nprint(y.grad)\n`);
    expect(r.cells.A4).toBe("'None");
    expect(r.cells.B4).toMatch(/not a leaf/);
  });

  it('wraps values in no_grad inside with torch.no_grad()', () => {
    const r = run(`${base}with torch.no_grad():\n    y = x * 2\n    print(y.requires_grad)\nz = x * 2\n`);
    expect(r.cells.A2).toBe('=no_grad(x * 2)');
    expect(r.value('A3').value).toBe(false);
    expect(r.cells.A4).toBe('=x * 2');
  });

  it('drops the [0] of torch.autograd.grad', () => {
    const r = run(`${base}g = torch.autograd.grad((x ** 3).sum(), x, create_graph=True)[0]\n`);
    expect(r.cells.A2).toBe('=torch.autograd.grad((x ** 3).sum(), x, create_graph=True)');
    expect(r.value('A2').value).toEqual([3, 12]);
  });
});

describe('fromTorch: functions and loops', () => {
  it('makes a def a lambda cell with its locals in let, decorated by no_grad', () => {
    const r = run(
      'def f(a, b):\n    """Doc."""\n    c = a * 2\n    c = c + b\n    return c\n@torch.no_grad()\ndef g(u):\n    return u * 3\nv = f(1, 2) + g(1)\n',
    );
    expect(r.cells.A1).toBe('=(a, b) => let(c, a * 2, c + b)');
    expect(r.cells.A2).toBe('=torch.no_grad(u => u * 3)');
    expect(r.names.f_).toBe('Sheet1!A1');
    expect(r.value('A3').value).toBe(7);
  });

  it('turns a for loop rebinding one variable into repeat, several into tuple state', () => {
    const r = run('y = 1\nfor _ in range(3):\n    y = y * 2\nk = 0\nfor i in range(1, 4):\n    y = y + i\n    k += 1\n');
    expect(r.cells.A2).toBe('=repeat(3, A1, y => y * 2)');
    expect(r.value('A2').value).toBe(8);
    expect(r.cells.A4).toBe(
      '=repeat((4) - (1), tuple(A2, A3, 1), s => let(y, s[0], k, s[1], i, s[2], y, y + i, k, k + 1, tuple(y, k, i + 1)))',
    );
    expect(r.value('A5').value).toBe(14);
    expect(r.value('A6').value).toBe(3);
    expect(r.names).toMatchObject({ y: 'Sheet1!A5', k: 'Sheet1!A6' });
  });

  it('turns a while loop into while, with temporaries as let names', () => {
    const r = run('a = 1\nb = 0\nwhile a < 100:\n    tmp = a * 3\n    a = tmp\n    b = b + 1\n');
    expect(r.cells.A3).toBe(
      '=while(tuple(A1, A2), s => let(a, s[0], b, s[1], a < 100), s => let(a, s[0], b, s[1], tmp, a * 3, a, tmp, b, b + 1, tuple(a, b)))',
    );
    expect(r.value('A4').value).toBe(243);
    expect(r.value('A5').value).toBe(5);
  });

  it('leaves loops it cannot map as text', () => {
    const r = run('y = 1\nfor _ in range(3):\n    print(y)\nfor v in [1, 2]:\n    y = y + v\nfor _ in range(2):\n    z = 1\n');
    expect(r.untranslated.map((u) => u.line)).toEqual([2, 4, 6]);
    expect(r.untranslated[2].reason).toBe('the loop rebinds no variable bound before it');
  });

  const training = [
    'w = torch.tensor([0.5], requires_grad=True)',
    'b = torch.zeros(1, requires_grad=True)',
    'opt = torch.optim.SGD([w, b], lr=0.1, momentum=0.9)',
    'for _ in range(20):',
    '    opt.zero_grad()',
    '    pred = w * 2 + b',
    '    loss = ((pred - 3) ** 2).sum()',
    '    loss.backward()',
    '    opt.step()',
    'print(w, loss)',
  ].join('\n');

  it('turns a torch.optim loop into train(...) when the build has it', () => {
    const r = run(training, { train: true });
    expect(r.cells.A3).toBe("'optimizer sgd of w, b: its training loop below becomes train(...)");
    expect(r.cells.A4).toBe(
      '=train((w, b) => let(pred, w * 2 + b, ((pred - 3) ** 2).sum()), (A1, A2), steps=20, optimizer="sgd", lr=0.1, momentum=0.9)',
    );
    expect(r.cells.A5).toBe('=A4[0][0]');
    expect(r.cells.A6).toBe('=A4[0][1]');
    expect(r.cells.A7).toBe('=A4[1][-1]');
    expect(r.names).toMatchObject({ w: 'Sheet1!A5', b: 'Sheet1!A6', loss: 'Sheet1!A7' });
    expect(r.untranslated).toEqual([]);
  });

  it('leaves the optimizer loop as text without train', () => {
    const r = run(training, { train: false });
    expect(r.untranslated[0]).toEqual({
      line: 4,
      source: expect.stringMatching(/^for _ in range\(20\)/) as unknown,
      reason: expect.stringMatching(/train/) as unknown,
    });
    // The loop's loss is then never bound, so the print that reads it stays text too.
    expect(r.untranslated[1]).toMatchObject({ line: 10, reason: 'loss is not defined here' });
  });
});

describe('fromTorch: random draws', () => {
  it('seeds the first draw after manual_seed and continues with after=, hoisting nested draws', () => {
    const r = run(
      'torch.manual_seed(1)\nw = torch.randn(5, 3, requires_grad=True)\nb = torch.randn(3) * 2\ntorch.manual_seed(7)\nc = torch.rand(2)\n',
    );
    expect(r.cells.A2).toBe('=torch.randn(5, 3, requires_grad=True, seed=1)');
    expect(r.cells.A3).toBe('=torch.randn(3, after=w)');
    expect(r.cells.A4).toBe('=A3 * 2');
    expect(r.cells.A6).toBe('=torch.rand(2, seed=7)');
    // torch.manual_seed(1); torch.randn(5, 3); torch.randn(3) as PyTorch drew them (float64).
    expect((r.value('A3').value as number[])[0]).toBeCloseTo(0.26731699794736563, 14);
  });

  it("uses PyTorch's default seed before any manual_seed", () => {
    const r = run('a = torch.randn(3)\nb = torch.rand(2)\n');
    expect(r.cells.A1).toBe('=torch.randn(3, seed=67280421310721)');
    expect(r.cells.A2).toBe('=torch.rand(2, after=a)');
  });

  it('refuses draws inside functions and loops', () => {
    const r = run('y = 1\nfor _ in range(2):\n    y = y + torch.rand(1)\n');
    expect(r.untranslated[0].reason).toMatch(/random draw/);
  });
});

describe('fromTorch: bounded', () => {
  // @lezer/python's own parse is the floor (about half a second for 1 MB here, more on a busy machine): the
  // translation must cost no more than a small multiple of it, and under a second where the parse is fast.
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
    expect(total).toBeLessThan(Math.max(1000, 3 * parse));
    expect(result.ok && result.untranslated.length).toBe(0);
  });

  it('stays linear with 10,000 distinct variables and failing statements', () => {
    const lines: string[] = [];
    for (let i = 0; i < 5_000; i++)
      lines.push(`v_${i} = torch.ones(2, requires_grad=True) * ${i}`, `v_${i}.grad.zero_(); w_${i} = v_${i}.nope_()`);
    const { result, parse, total } = timed(lines.join('\n'));
    expect(total).toBeLessThan(Math.max(1000, 3 * parse));
    expect(result.ok && result.untranslated.length).toBe(5_000);
  });

  it('refuses deep nesting with a message instead of overflowing the stack', () => {
    const deep = `y = ${'('.repeat(2000)}1${')'.repeat(2000)}\nz = 2\n`;
    const r = run(deep);
    expect(r.untranslated[0]).toMatchObject({ line: 1, reason: 'nested deeper than 200 levels' });
    expect(r.value('A2').value).toBe(2);
    let blocks = 'y = 1\n';
    for (let i = 0; i < 300; i++) blocks += `${' '.repeat(i)}with torch.no_grad():\n`;
    blocks += `${' '.repeat(300)}y = 2\n`;
    expect(run(blocks).untranslated[0].reason).toBe('nested deeper than 200 levels');
    // Deeper still, @lezer/python itself stops: the answer is a message.
    expect(fromTorch(`y = ${'('.repeat(50_000)}1${')'.repeat(50_000)}\n`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^line 1: /) as unknown,
    });
  });

  it('never throws on fragments of scripts', () => {
    const script =
      'import torch\nx = torch.ones(2, requires_grad=True)\ny = (x ** 2).sum()\ny.backward()\nfor _ in range(3):\n    x = x * 2\nprint(x.grad, f"{x}")\n';
    for (let i = 0; i < script.length; i += 3)
      for (const cut of [script.slice(0, i), script.slice(i), script.slice(0, i) + '@#(' + script.slice(i)])
        expect(() => fromTorch(cut)).not.toThrow();
  });
});
