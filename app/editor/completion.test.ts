import { type Completion, CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { describe, expect, test } from 'vitest';
import { formulaCompletionSource } from './completion';
import { stateAt } from './test-helpers';

function complete(marked: string, opts: { explicit?: boolean; names?: string[]; cells?: { ref: string; detail: string }[] } = {}) {
  const { state, pos } = stateAt(marked);
  const source = formulaCompletionSource({ names: () => opts.names ?? [], cells: () => opts.cells ?? [] });
  const result = source(new CompletionContext(state, pos, opts.explicit ?? false)) as CompletionResult | null;
  // What the popup would list: CodeMirror keeps options whose label starts with the typed text, ignoring case.
  const typed = result ? state.sliceDoc(result.from, pos).toLowerCase() : '';
  const shown = result ? result.options.filter((o) => o.label.toLowerCase().startsWith(typed)) : [];
  return { result, shown, labels: shown.map((o) => o.label), option: (label: string) => shown.find((o) => o.label === label) };
}

describe('function names', () => {
  test('=su| completes to sum, with its signature as detail', () => {
    const c = complete('=su|');
    expect(c.result?.from).toBe(1);
    expect(c.labels).toEqual(expect.arrayContaining(['sum', 'sub']));
    expect(c.labels).not.toContain('mean');
    const sum = c.option('sum') as Completion;
    expect(sum.type).toBe('function');
    expect(sum.detail).toBe('(input, dim=None, keepdim=False)');
    expect(typeof sum.info).toBe('function');
  });

  test('matching ignores case, as function names do', () => {
    expect(complete('=SU|').labels).toContain('sum');
    expect(complete('=Mse_L|').labels).toEqual(['mse_loss']);
  });

  test('keyword-only parameters follow a bare *, as in Python', () => {
    expect(complete('=mse_l|').option('mse_loss')?.detail).toBe('(input, target, *, reduction="mean")');
    expect(complete('=one|').option('ones')?.detail).toBe('(*size, dtype=None, requires_grad=False)');
  });

  test('completes in the middle of an expression', () => {
    expect(complete('=2 * ex|').labels).toContain('exp');
    expect(complete('=sum(ab|').labels).toContain('abs');
  });

  test('offers nothing outside a formula, inside strings, numbers and references', () => {
    expect(complete('su|').result).toBeNull();
    expect(complete('="su|"').result).toBeNull();
    expect(complete('="su|').result).toBeNull();
    expect(complete("='My su|").result).toBeNull();
    expect(complete('=12|').result).toBeNull();
    expect(complete('=A1|').result).toBeNull();
  });

  test('waits for a letter unless asked', () => {
    expect(complete('=|').result).toBeNull();
    expect(complete('=1 + |').result).toBeNull();
    expect(complete('=|', { explicit: true }).labels).toContain('sum');
  });
});

describe('names', () => {
  test('workbook names come from the getter, each time', () => {
    const names = ['loss', 'learning_rate'];
    const c = complete('=l|', { names });
    expect(c.labels).toEqual(expect.arrayContaining(['loss', 'learning_rate', 'log', 'linspace']));
    expect(c.option('loss')).toMatchObject({ type: 'variable', detail: 'name' });
  });

  test('filled cells of the sheet are offered as references, with what they hold', () => {
    const cells = [
      { ref: 'A1', detail: 'tensor 2×2' },
      { ref: 'A2', detail: '#SHAPE!' },
      { ref: 'B1', detail: 'text' },
    ];
    const c = complete('=sum(A|', { cells });
    expect(c.labels).toEqual(expect.arrayContaining(['A1', 'A2', 'abs', 'amax']));
    expect(c.labels).not.toContain('B1');
    expect(c.option('A1')).toMatchObject({ type: 'variable', detail: 'tensor 2×2' });
    expect(complete('=A1|', { cells }).result).toBeNull(); // a finished reference is left alone
  });

  test('lambda parameters in the body, not in the parameter list', () => {
    expect(complete('=(alpha, b) => al|').option('alpha')).toMatchObject({ type: 'variable', detail: 'local' });
    expect(complete('=alpha => 2 * al|').labels).toContain('alpha');
    expect(complete('=alpha => al|').labels).toContain('alpha');
  });

  test('let names after their binding', () => {
    expect(complete('=let(rate, 2, ra|').labels).toContain('rate');
    expect(complete('=let(rate, ra|').labels).not.toContain('rate');
  });
});

describe('keyword arguments', () => {
  test('=sum(x, di| offers dim=', () => {
    const c = complete('=sum(x, di|');
    expect(c.labels).toContain('dim=');
    expect(c.option('dim=')).toMatchObject({ apply: 'dim=', detail: 'default None' });
  });

  test('the call is found case-insensitively', () => {
    expect(complete('=SUM(x, DI|').labels).toContain('dim=');
  });

  test('=ones(2, 2, | offers dtype= and requires_grad= right after the comma', () => {
    const c = complete('=ones(2, 2, |');
    expect(c.labels).toEqual(['dtype=', 'requires_grad=']);
    expect(c.result?.from).toBe(12);
  });

  test('leaves out keywords already given, and parameters already filled by position', () => {
    expect(complete('=sum(x, dim=0, |').labels).toEqual(['keepdim=']);
    const clamp = complete('=clamp(x, 0, m|').labels;
    expect(clamp).toContain('max=');
    expect(clamp).not.toContain('min=');
  });

  test('a method call counts its object as the first argument', () => {
    const c = complete('=x.sum(d|').labels;
    expect(c).toContain('dim=');
    expect(complete('=x.sum(|', { explicit: true }).labels).not.toContain('input=');
  });

  test('special forms and unknown functions offer no keywords', () => {
    expect(complete('=if(x, 1, |').result).toBeNull();
    expect(complete('=foo(1, |').result).toBeNull();
  });

  test('=mse_loss(a, b, reduction="| offers the allowed values', () => {
    const c = complete('=mse_loss(a, b, reduction="|');
    expect(c.labels).toEqual(['"mean"', '"sum"', '"none"']);
    expect(c.result).toMatchObject({ from: 26, to: 27 });
  });

  test('the values replace a closing quote already there, and follow a bare =', () => {
    expect(complete('=mse_loss(a, b, reduction="s|")').result).toMatchObject({ from: 26, to: 29 });
    expect(complete('=mse_loss(a, b, reduction="s|")').labels).toEqual(['"sum"']);
    expect(complete('=l1_loss(a, b, reduction=|').labels).toEqual(['"mean"', '"sum"', '"none"']);
  });

  test('a boolean keyword offers true and false first', () => {
    const c = complete('=sum(x, keepdim=t|');
    expect(c.option('true')).toMatchObject({ boost: 3 });
    expect(c.labels).toContain('tanh');
  });
});

describe('after a dot', () => {
  test('=x.sh| offers shape', () => {
    const c = complete('=x.sh|');
    expect(c.result?.from).toBe(3);
    expect(c.labels).toEqual(['shape']);
  });

  test('attributes and methods, a method without its object', () => {
    const c = complete('=A1.|');
    expect(c.labels).toEqual(
      expect.arrayContaining(['T', 'shape', 'grad', 'requires_grad', 'grad_fn', 'ndim', 'is_leaf', 'dtype', 'mean', 'norm']),
    );
    expect(c.option('mean')).toMatchObject({ type: 'method', detail: '(dim=None, keepdim=False)' });
    expect(c.labels).not.toContain('ones');
    expect(c.labels).not.toContain('if');
  });

  test('after any expression', () => {
    expect(complete('=(x + 1).me|').labels).toEqual(['mean']);
    expect(complete('=sum(x).requ|').labels).toEqual(['requires_grad', 'requires_grad_']);
  });

  test('after torch., F. and the other module prefixes: the functions, constants and dtypes PyTorch spells there', () => {
    expect(complete('=torch.on|').labels).toEqual(['ones', 'ones_like']);
    expect(complete('=torch.on|').option('ones')).toMatchObject({ type: 'function' });
    expect(complete('=torch.|', { explicit: true }).labels).toEqual(expect.arrayContaining(['ones', 'mse_loss', 'pi', 'float32', 'long']));
    expect(complete('=2 * F.mse|').labels).toEqual(['mse_loss']);
    expect(complete('=torch.nn.functional.rel|').labels).toEqual(['relu']);
    expect(complete('=math.p|').labels).toContain('pi');
    expect(complete('=F.flo|').labels).not.toContain('float32');
    // A value's members, not the module's, after anything else.
    expect(complete('=A1.on|').labels).not.toContain('ones');
  });
});
