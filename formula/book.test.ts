// size: the workbook's API, one short test per behaviour.
import { describe, expect, it } from 'vitest';
import { cellName } from './address';
import { Workbook, WorkbookFormatError } from './book';

const value = (b: Workbook, ref: string) => {
  const j = b.get(ref);
  return j.kind === 'error' ? { error: j.code } : 'value' in j ? { value: j.value } : j;
};

describe('Workbook', () => {
  it('evaluates inputs as a user types them', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '3'],
      ['A2', 'TRUE'],
      ['A3', 'hello'],
      ['A4', "'42"],
      ['A5', '=A1 * 2'],
      ['A6', '-2.5e-1'],
    ]);
    expect(b.get('A1')).toEqual({ kind: 'tensor', shape: [], value: 3, requires_grad: false, grad_fn: null });
    expect(b.get('A2')).toEqual({ kind: 'bool', shape: [], value: true });
    expect(b.get('A3')).toEqual({ kind: 'text', value: 'hello' });
    expect(b.get('A4')).toEqual({ kind: 'text', value: '42' });
    expect(value(b, 'A5')).toEqual({ value: 6 });
    expect(value(b, 'A6')).toEqual({ value: -0.25 });
    expect(b.get('Z99')).toEqual({ kind: 'empty' });
  });

  it('names the cell where an error began, through every reader, a #PARSE! input included', () => {
    const b = new Workbook();
    b.setMany([
      ['D1', '=1+'],
      ['D2', '=D1'],
      ['D5', '=D2'],
      ['E1', '=ones(2).foo()'],
      ['E2', '=E1 * 2'],
    ]);
    for (const ref of ['D1', 'D2', 'D5']) expect(b.get(ref)).toMatchObject({ kind: 'error', code: '#PARSE!', origin: 'Sheet1!D1' });
    expect(b.get('E2')).toMatchObject({ kind: 'error', origin: 'Sheet1!E1' });
  });

  it('suggests the nearest function, workbook name, parameter or attribute for a misspelt one', () => {
    const b = new Workbook();
    b.set('B1', '3');
    b.setName('loss', 'Sheet1!B1');
    b.setMany([
      ['A1', '=linspce(0, 1, 3)'],
      ['A2', '=lossy + 1'],
      ['A3', '=(alpha => alpa * 2)(1)'],
      ['A4', '=ones(2).shap'],
      ['A5', '=ones(2).mean'],
      ['A6', '=qqqqqq'],
    ]);
    const message = (ref: string) => (b.get(ref) as { message: string }).message;
    expect(message('A1')).toBe('unknown function "linspce"; did you mean linspace?');
    expect(message('A2')).toBe('unknown name "lossy"; did you mean loss?');
    expect(message('A3')).toBe('unknown name "alpa"; did you mean alpha?');
    expect(message('A4')).toBe('unknown name ".shap"; did you mean .shape?');
    expect(b.get('A5')).toMatchObject({ code: '#NAME?', message: '.mean is a method: call it, as in x.mean()' });
    expect(message('A6')).toBe('unknown name "qqqqqq"');
  });

  it("answers in-place spellings with the out-of-place one, and PyTorch's words for a leaf that requires grad", () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '=ones(2, requires_grad=true)'],
      ['A2', '=A1.add_(1)'],
      ['A3', '=(A1 * 2).mul_(3)'],
      ['A4', '=A1.grad.zero_()'],
      ['A5', '=sin_(A1)'],
      ['A6', '=[1, 2].clamp_(min=0)'],
      ['A7', '=requires_grad_(A1, false)'],
    ]);
    const message = (ref: string) => (b.get(ref) as { message: string }).message;
    expect(b.get('A2')).toMatchObject({ code: '#VALUE!' });
    expect(message('A2')).toBe(
      'add_: tensors in cells are never changed in place; write A1 + 1 instead (PyTorch would say: "a leaf Variable that requires grad is being used in an in-place operation.")',
    );
    expect(message('A3')).toBe('mul_: tensors in cells are never changed in place; write A1 * 2 * 3 instead');
    expect(message('A4')).toBe('zero_: tensors in cells are never changed in place; write zeros_like(A1.grad) instead');
    expect(message('A5')).toMatch(/^sin_: .* write sin\(A1\) instead \(PyTorch would say/);
    expect(message('A6')).toBe('clamp_: tensors in cells are never changed in place; write clamp([1, 2], min=0) instead');
    expect(b.get('A7')).toMatchObject({ kind: 'tensor', requires_grad: false });
  });

  it('says where backward wants its upstream tensor: the second argument (grad: the third)', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '=backward(ones(2))'],
      ['A2', '=grad(ones(2, requires_grad=true) * 2, A3)'],
      ['A3', '1'],
    ]);
    expect(b.get('A1')).toMatchObject({ code: '#GRAD!', message: expect.stringContaining("backward's second argument") });
    expect(b.get('A2')).toMatchObject({ code: '#GRAD!', message: expect.stringContaining("grad's third argument") });
  });

  it('keeps cells filled from one formula apart, even when each holds the same literal', () => {
    const b = new Workbook();
    // B1 and B2 share one compiled formula, and with it the tensor of the literal 5.
    b.setMany([
      ['A1', '1'],
      ['A2', '1'],
      ['B1', '=if(A1 > 0, 5, 6)'],
      ['B2', '=if(A2 > 0, 5, 6)'],
      ['C1', '=grad(B1 * B2, B1)'],
      ['C2', '=B1 * 10 + B2'],
    ]);
    expect(value(b, 'C1')).toEqual({ value: 5 });
    expect(value(b, 'C2')).toEqual({ value: 55 });
    b.set('A2', '-1');
    expect(value(b, 'C1')).toEqual({ value: 6 });
  });

  it('recomputes exactly the cells that depend on an edit', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '1'],
      ['A2', '=A1 + 1'],
      ['A3', '=A2 * 2'],
      ['B1', '5'],
      ['B2', '=B1 + 1'],
      ['C1', '=A3 + B2'],
    ]);
    b.set('A1', '2');
    expect(b.lastRecalc.computed).toBe(4); // A1, A2, A3, C1 — not B1 or B2
    expect(value(b, 'C1')).toEqual({ value: 12 });
    b.set('B1', '6');
    expect(b.lastRecalc.computed).toBe(3); // B1, B2, C1
  });

  it('stops at a value that came out unchanged', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '1'],
      ['A2', '=A1 > 0'],
      ['A3', '=if(A2, 10, 20)'],
    ]);
    b.set('A1', '2'); // A2 stays TRUE: A3 need not run
    expect(b.lastRecalc).toEqual({ computed: 2, skipped: 1, cyclic: 0 });
  });

  it('marks every cell of a cycle #CYCLE!, its dependents too, and heals when it is broken', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '=C1 + 1'],
      ['B1', '=A1 + 1'],
      ['C1', '=B1 + 1'],
      ['D1', '=C1 * 2'],
      ['E1', '=E1'],
    ]);
    for (const ref of ['A1', 'B1', 'C1', 'D1', 'E1']) expect(value(b, ref)).toEqual({ error: '#CYCLE!' });
    expect(b.get('A1')).toMatchObject({ message: expect.stringMatching(/Sheet1!A1/) });
    b.set('C1', '10');
    expect([value(b, 'A1'), value(b, 'B1'), value(b, 'C1'), value(b, 'D1')]).toEqual([
      { value: 11 },
      { value: 12 },
      { value: 10 },
      { value: 20 },
    ]);
  });

  it('evaluates a 10,000-cell chain and a 100x100 grid without recursion limits', () => {
    const chain = new Workbook();
    chain.setMany([['A1', '1'], ...Array.from({ length: 9999 }, (_, i) => [`A${i + 2}`, `=A${i + 1} + 1`] as const)]);
    expect(value(chain, 'A10000')).toEqual({ value: 10000 });
    chain.set('A1', '2');
    expect(chain.lastRecalc.computed).toBe(10000);
    expect(value(chain, 'A10000')).toEqual({ value: 10001 });

    const grid = new Workbook();
    const name = cellName;
    const edits: [string, string][] = [];
    for (let r = 0; r < 100; r++) {
      for (let c = 0; c < 100; c++) {
        const left = c > 0 ? name(c - 1, r) : null;
        const up = r > 0 ? name(c, r - 1) : null;
        edits.push([name(c, r), left && up ? `=${left} + ${up}` : '1']);
      }
    }
    grid.setMany(edits);
    expect(value(grid, name(2, 2))).toEqual({ value: 6 }); // binomial: C(4, 2)
    grid.set('A2', '2');
    expect(grid.lastRecalc.computed).toBe(1 + 99 * 99); // A2, then B2 and every cell right of and below it
  });

  it('differentiates through 100,000 iterations of repeat without overflowing the stack', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '=tensor([1.0, 2.0], requires_grad=true)'],
      ['A2', '=repeat(100000, A1, z => z * 1.00001)'],
      ['A3', '=grad(sum(A2), A1)'],
    ]);
    const g = b.get('A3');
    if (g.kind !== 'tensor') throw new Error(JSON.stringify(g));
    for (const x of g.value as number[]) expect(x).toBeCloseTo(1.00001 ** 100000, 9);
  });

  it('follows names, defined before or after the formulas that use them', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '=x * 2'],
      ['B1', '21'],
    ]);
    expect(value(b, 'A1')).toEqual({ error: '#NAME?' });
    b.setName('x', 'Sheet1!B1');
    expect(value(b, 'A1')).toEqual({ value: 42 });
    b.set('B1', '1');
    expect(value(b, 'A1')).toEqual({ value: 2 });
  });

  it('reads other sheets and reports #REF! for a missing one', () => {
    const b = new Workbook();
    b.set('A1', '=Data!B2 + 1');
    expect(value(b, 'A1')).toEqual({ error: '#REF!' });
    b.addSheet('Data');
    b.set('Data!B2', '41');
    expect(value(b, 'A1')).toEqual({ value: 42 });
    b.removeSheet('Data');
    expect(value(b, 'A1')).toEqual({ error: '#REF!' });
  });

  it('reads cells by the labels it prints, sheet names with spaces included', () => {
    const b = new Workbook();
    b.addSheet('My sheet');
    b.set("'My sheet'!A1", '2');
    b.set('A1', "='My sheet'!A1 * 3");
    expect(value(b, 'My sheet!A1')).toEqual({ value: 2 });
    expect(value(b, 'Sheet1!A1')).toEqual({ value: 6 });
    expect(b.cellLabels()).toEqual(['Sheet1!A1', 'My sheet!A1']);
    expect(value(b, 'Nope!A1')).toEqual({ error: '#REF!' });
  });

  it('gives the same random numbers on recalculation and reload, new ones with a new seed', () => {
    const b = new Workbook(7);
    b.setMany([
      ['A1', '=rand(3)'],
      ['A2', '=randn(2, 2)'],
    ]);
    const first = b.get('A1');
    b.set('A2', '=randn(2, 2)');
    expect(b.get('A1')).toEqual(first);
    expect(Workbook.fromJSON(b.toJSON()).get('A1')).toEqual(first);
    b.setSeed(8);
    expect(b.get('A1')).not.toEqual(first);
  });

  it('sums every backward root into x.grad, and updates it when a root changes', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '=tensor([1.0], requires_grad=true)'],
      ['A2', '=backward(A1 ** 2)'],
      ['A3', '=backward(A1 ** 3)'],
      ['A4', '=A1.grad'],
    ]);
    expect(value(b, 'A4')).toEqual({ value: [5] });
    b.set('A3', '');
    expect(value(b, 'A4')).toEqual({ value: [2] });
  });

  it('round-trips its file, keeping cell objects, names and charts', () => {
    const file = {
      format: 'gradsheet',
      version: 1,
      seed: 3,
      sheets: [
        { name: 'Sheet1', cells: { A1: '=2', B1: { input: '0.5', slider: { min: 0, max: 1, step: 0.1 } } } },
        { name: 'My sheet', cells: {} },
      ],
      names: { x: 'Sheet1!B1' },
      charts: [{ sheet: 'Sheet1', x: 'B1', y: ['A1'], title: 't' }],
    };
    expect(Workbook.fromJSON(file).toJSON()).toEqual(file);
    const named = { ...file, name: 'Loss landscape', charts: [{ ...file.charts[0], yScale: 'log' }] };
    expect(Workbook.fromJSON(named).toJSON()).toEqual(named);
  });

  it('refuses a file that is not a workbook, saying why', () => {
    expect(() => Workbook.fromJSON({ format: 'other' })).toThrow(WorkbookFormatError);
    expect(() => Workbook.fromJSON({ format: 'gradsheet', version: 2, sheets: [] })).toThrow(/version 2/);
    expect(() => Workbook.fromJSON({ format: 'gradsheet', version: 1, sheets: [{ name: 'S', cells: { '1A': 'x' } }] })).toThrow(/address/);
  });

  it('never throws for a user mistake', () => {
    const b = new Workbook();
    for (const input of [
      '=',
      '=(',
      '=1 +',
      '=[[1], [2, 3]]',
      '="a" * 2',
      '=A0',
      '=ZZZZ1',
      '=foo(',
      '=x => ',
      '=sum(1, 2, 3, 4, 5)',
      '=let(1, 2, 3)',
      '=grad(1, 2)',
    ]) {
      b.set('A1', input);
      expect(b.get('A1').kind).toBe('error');
    }
  });
});

describe('values too deep or too big to print (issue 10)', () => {
  it('refuses a rank-5000 tensor, a 100,000-deep tuple and a 2^40-leaf tuple as #LIMIT!, and get never throws', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '=ones(ones(5000))'],
      ['A2', '=repeat(100000, 1, t => tuple(t))'],
      ['A3', '=repeat(40, 1, t => tuple(t, t))'],
      ['A4', '=[ones(ones(64))]'],
      ['A5', '=ones(ones(64)).unsqueeze(0)'],
      ['A6', '=zeros(100000, 1000, 0)'],
    ]);
    const got = (ref: string) => {
      const j = b.get(ref);
      JSON.stringify(j);
      return j;
    };
    expect(got('A1')).toMatchObject({
      code: '#LIMIT!',
      message: 'ones: a tensor of 5,000 dimensions; the limit is 64 dimensions (as in PyTorch)',
    });
    expect(got('A2')).toMatchObject({ code: '#LIMIT!', message: 'tuple: it would nest 257 tuples deep; the limit is 256' });
    expect(got('A3')).toMatchObject({
      code: '#LIMIT!',
      message: 'tuple: it would print as 131,071 values, counting nested tuples and shared values each time; the limit is 65,536',
    });
    expect(got('A4')).toMatchObject({
      code: '#LIMIT!',
      message: 'list: a tensor of 65 dimensions; the limit is 64 dimensions (as in PyTorch)',
    });
    expect(got('A5')).toMatchObject({ code: '#LIMIT!' });
    expect(got('A6')).toMatchObject({ code: '#LIMIT!', message: expect.stringContaining('would print as 100,000,000 empty lists') });
  });

  it('prints the largest allowed values: 64 dims, 256 nested tuples, 32,768 shared leaves', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '=ones(ones(64))'],
      ['A2', '=repeat(255, 1, t => tuple(t))'],
      ['A3', '=repeat(15, 1, t => tuple(t, t))'],
    ]);
    const a1 = b.get('A1');
    expect(a1).toMatchObject({ kind: 'tensor', shape: new Array(64).fill(1) });
    expect(JSON.stringify(a1)).toContain(`${'['.repeat(64)}1${']'.repeat(64)}`);
    let a2 = b.get('A2');
    for (let depth = 0; depth < 255; depth++) {
      expect(a2.kind).toBe('tuple');
      a2 = (a2 as { items: ReturnType<Workbook['get']>[] }).items[0];
    }
    expect(a2).toMatchObject({ kind: 'tensor', value: 1 });
    expect(JSON.stringify(b.get('A3')).match(/"value":1/g)).toHaveLength(32_768);
  });
});
