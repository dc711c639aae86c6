// fromTorch's defs, loops and training loops, checked by evaluating the translated workbook.

import { describe, expect, it } from 'vitest';
import { run } from './test-helpers';

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

  it('refuses a call that would read a global as it was at the def, where Python reads it at the call', () => {
    const r = run('w = 2\ndef f(x):\n    return x * w\na = f(1)\nw = 3\nb = f(1)\ng = lambda x: x * w\nw = 4\nc = g(1)\n');
    expect(r.value('A3').value).toBe(2);
    expect(r.untranslated.map((u) => [u.line, u.reason])).toEqual([
      [6, 'f would read w as it was when f was defined, where Python reads it when f is called: pass w as a parameter'],
      [9, 'g would read w as it was when g was defined, where Python reads it when g is called: pass w as a parameter'],
    ]);
  });

  it('defines a def again inside a loop that changes its globals, and refuses a call after the change', () => {
    const r = run('w = 1\ndef f(x):\n    return x * w\nfor _ in range(3):\n    w = w + f(1)\n');
    expect(r.cells.A3).toBe('=repeat(3, A1, w => let(f_, x => x * w, w + f_(1)))');
    expect(r.value('A3').value).toBe(8);
    const late = run('w = 1\ndef f(x):\n    return x * w\nfor _ in range(3):\n    w = w + 1\n    w = f(w)\n');
    expect(late.untranslated[0]).toMatchObject({
      line: 4,
      reason: 'f would read w as it was when the iteration began, where Python reads it when f is called',
    });
  });

  it('defines the model again inside a training loop over its parameters', () => {
    const r = run(
      'w = torch.tensor([0.5], requires_grad=True)\ndef model(x):\n    return w * x\nopt = torch.optim.SGD([w], lr=0.1)\nfor _ in range(5):\n    opt.zero_grad()\n    loss = ((model(2.) - 3) ** 2).sum()\n    loss.backward()\n    opt.step()\n',
      { train: true },
    );
    expect(r.cells.A4).toBe('=train(w => let(model, x => w * x, ((model(2.) - 3) ** 2).sum()), A1, steps=5, optimizer="sgd", lr=0.1)');
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

  it('translates a loop with prints in its body, leaving each print as text', () => {
    const r = run('y = 1\nfor _ in range(3):\n    y = y * 2\n    print("y", y)\nprint(y)\n');
    expect(r.cells.A2).toBe('=repeat(3, A1, y => y * 2)');
    expect(r.cells.A3).toBe('\'print("y", y)');
    expect(r.untranslated).toEqual([{ line: 4, source: 'print("y", y)', reason: expect.stringMatching(/each iteration/) as unknown }]);
    expect(r.value('A4').value).toBe(8);
  });

  const sgd = (reset: string) =>
    [
      'x = torch.tensor([1., 2., 3.])',
      'y = torch.tensor([2., 4., 6.])',
      'w = torch.tensor(0.0, requires_grad=True)',
      'for _ in range(50):',
      '    loss = ((w * x - y) ** 2).mean()',
      '    loss.backward()',
      '    with torch.no_grad():',
      '        w -= 0.05 * w.grad',
      ...reset.split('\n').map((l) => `        ${l}`),
      'print(w, w.grad)',
    ].join('\n');

  it('translates a hand-written gradient step: backward, then w -= lr * w.grad and a reset', () => {
    const r = run(sgd('w.grad.zero_()'));
    expect(r.cells.A4).toBe('=repeat(50, A3, w => let(loss, ((w * x - y) ** 2).mean(), no_grad(w - 0.05 * grad(loss, w))))');
    // d(loss)/dw = (28/3)(w - 2), so each step leaves 1 - 0.05 * 28/3 of the distance to 2.
    expect(r.value('A5').value).toBeCloseTo(2 - 2 * (1 - (0.05 * 28) / 3) ** 50, 12);
    expect(r.cells.A6).toBe('=torch.zeros_like(w)');
    expect(r.untranslated).toEqual([]);
  });

  it('reads w.grad = None after such a loop as None, and refuses gradients that pile up', () => {
    expect(run(sgd('w.grad = None')).cells.A6).toBe("'None");
    const piling = run(sgd('pass'));
    expect(piling.untranslated[0]).toMatchObject({
      line: 4,
      reason: 'w.grad piles up across iterations: reset it (zero_() or = None) after its backward calls',
    });
  });

  it("translates PyTorch's polynomial example: a loop over its parameters, an if that only prints, = None resets", () => {
    const r = run(
      [
        'x = torch.linspace(-math.pi, math.pi, 20, device="cpu")',
        'y = torch.sin(x)',
        'a = torch.tensor(0.1, requires_grad=True)',
        'b = torch.tensor(0.2, requires_grad=True)',
        'learning_rate = 1e-3',
        'for t in range(100):',
        '    y_pred = a + b * x',
        '    loss = (y_pred - y).pow(2).sum()',
        '    if t % 10 == 9:',
        '        print(t, loss.item())',
        '    loss.backward()',
        '    with torch.no_grad():',
        '        a -= learning_rate * a.grad',
        '        b -= learning_rate * b.grad',
        '        a.grad = None',
        '        b.grad = None',
        'print(a, b)',
      ].join('\n'),
    );
    expect(r.cells.A1).toBe('=torch.linspace(-math.pi, math.pi, 20)');
    expect(r.untranslated).toEqual([
      { line: 9, source: 'if t % 10 == 9: print(t, loss.item())', reason: expect.stringMatching(/each iteration/) as unknown },
    ]);
    // The same 100 steps in plain numbers.
    const xs = Array.from({ length: 20 }, (_, i) => -Math.PI + (2 * Math.PI * i) / 19);
    let [a, b] = [0.1, 0.2];
    for (let t = 0; t < 100; t++) {
      let [ga, gb] = [0, 0];
      for (const x of xs) [ga, gb] = [ga + 2 * (a + b * x - Math.sin(x)), gb + 2 * (a + b * x - Math.sin(x)) * x];
      [a, b] = [a - 1e-3 * ga, b - 1e-3 * gb];
    }
    expect(r.value('A7').value).toBeCloseTo(a, 10);
    expect(r.value('A8').value).toBeCloseTo(b, 10);
    expect(r.cells.A6).toMatch(/^=repeat\(100, tuple\(A3, A4, 0\), s => let\(a, s\[0\], b, s\[1\], t_, s\[2\], y_pred, /);
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
