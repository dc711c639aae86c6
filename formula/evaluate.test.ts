// The formula language end to end through a workbook: each row sets up cells, evaluates one
// formula, and states its value (or error code) as the command line prints it.

import { describe, expect, it } from 'vitest';
import { Workbook } from './book';

type Row = [formula: string, expected: unknown, setup?: Record<string, string>];

function evaluate(formula: string, setup: Record<string, string> = {}): unknown {
  const b = new Workbook();
  b.setMany(Object.entries(setup).filter(([ref]) => ref !== 'NAMES'));
  if (setup.NAMES) for (const pair of setup.NAMES.split(',')) b.setName(...(pair.split('=') as [string, string]));
  b.set('Z100', formula);
  const j = b.get('Z100');
  if (j.kind === 'error') return j.code;
  return 'value' in j ? j.value : j;
}

const rows: Record<string, Row[]> = {
  'operators and precedence': [
    ['=-2**2', -4],
    ['=2**3**2', 512],
    ['=2^3', 8],
    ['=2**-1', 0.5],
    ['=1 + 2 * 3', 7],
    ['=(1 + 2) * 3', 9],
    ['=1 <> 2', true],
    ['=[1, 2] == [1, 3]', [true, false]],
    ['=7 / 2', 3.5],
    ['=[[1, 2], [3, 4]] @ [1, 1]', [3, 7]],
  ],
  'literals, names and case': [
    ['=SUM([1, 2])', 3],
    ['=True', true],
    ['=[]', []],
    ['="a"', 'a'],
    ['=[[1, 2], [3]]', '#SHAPE!'],
    ['=x * 10', 50, { B1: '5', NAMES: 'x=Sheet1!B1' }],
    ['=X * 10', 50, { B1: '5', NAMES: 'x=Sheet1!B1' }],
    ['=nosuch', '#NAME?'],
    ['=nosuch(1)', '#NAME?'],
    ['=A1:B1', [[1, 2]], { A1: '1', B1: '2' }],
    [
      '=A1:B2',
      [
        [1, 0],
        [0, 4],
      ],
      { A1: '1', B2: '4' },
    ],
    ['=A1:A2', '#VALUE!', { A1: 'text' }],
  ],
  references: [
    ['=A1 + 1', 1],
    ['=$A$1 * 2', 6, { A1: '3' }],
    ['=XFE1', '#REF!'],
    ['=Nope!A1', '#REF!'],
    ['=#REF! + 1', '#REF!'],
    ['=#ref!', '#REF!'],
    ['=A1 + 1', '#NAME?', { A1: '=nosuch(2)' }],
    ['=A1', '#PARSE!', { A1: '=1 +* 2' }],
  ],
  'lambdas, let and calls': [
    ['=((a, b) => a * b)(3, 4)', 12],
    ['=A1(2, 5)', 9, { A1: '=(a, b) => 2 * a + b' }],
    ['=f(3)', 9, { A1: '=y => y ** 2', NAMES: 'f=Sheet1!A1' }],
    ['=let(x, 2, x * 10)', 20, { B1: '5', NAMES: 'x=Sheet1!B1' }],
    ['=(x => x + 1)(1)', 2, { B1: '5', NAMES: 'x=Sheet1!B1' }],
    ['=let(a, 2, b, a + 1, a * b)', 6],
    ['=(x => x)(1, 2)', '#VALUE!'],
    ['=(x => x)(x=1)', '#VALUE!'],
    ['=A1(1)', '#VALUE!', { A1: '3' }],
    ['=jvp(sin, [0], [2])[1]', [2]],
    ['=repeat(3, 1, y => y * 2)', 8],
    ['=while(1, y => [y, y] < 3, y => y + 1)', '#VALUE!'],
  ],
  "PyTorch's module prefixes and constants": [
    [
      '=torch.ones(2, 2)',
      [
        [1, 1],
        [1, 1],
      ],
    ],
    ['=F.relu([-1, 2])', [0, 2]],
    ['=torch.nn.functional.mse_loss([1, 2], [1, 4])', 2],
    ['=nn.functional.relu(-1)', 0],
    ['=torch.autograd.grad(A1 ** 2, A1)', 6, { A1: '3' }],
    [
      '=torch.autograd.functional.jacobian(x => x * 2, [1.0, 2])',
      [
        [2, 0],
        [0, 2],
      ],
    ],
    ['=math.exp(0)', 1],
    ['=torch.no_grad(ones(2, requires_grad=true) * 2).requires_grad', false],
    ['=torch.pi', Math.PI],
    ['=math.e', Math.E],
    ['=pi * 2', 2 * Math.PI],
    ['=inf', 'Infinity'],
    ['=-torch.inf', '-Infinity'],
    ['=torch.double', 'torch.float64'],
    ['=torch.long', 'torch.int64'],
    // A workbook name or parameter called like a prefix shadows it.
    ['=F.sum()', 3, { A1: '=[1, 2]', NAMES: 'F=Sheet1!A1' }],
    ['=(math => math.sum())([4, 5])', 9],
    ['=e', 7, { A1: '7', NAMES: 'e=Sheet1!A1' }],
    ['=torch.nosuch(1)', '#NAME?'],
    ['=torch.float32', 'torch.float32'],
    ['=torch.float64', 'torch.float64'],
    ['=[1., 2.5, .5].sum()', 4],
    ['=1.e1', 10],
    ['=sum([[1, 2], [3, 4]], dim=None)', 10],
    ['=None', { kind: 'empty' }],
    ['=max([1, 3], dim=None)', 3],
    ['=float("inf")', 'Infinity'],
    ['=float("-inf") < 0', true],
    ['=torch.tensor([1.0, .5]).sum()', 1.5],
    ['=ones(2, 3).size()', [2, 3]],
    ['=ones(2, 3).size(0)', 2],
    ['=ones(2, 3).size(-1)', 3],
    ['=ones(2, 3).dim()', 2],
    ['=ones(2, 3).numel()', 6],
    ['=ones(2, requires_grad=true).data.requires_grad', false],
    ['=(ones(2, requires_grad=true) * 3).data', [3, 3]],
    ['=(ones(2, requires_grad=true) * 3).clone().grad_fn', 'CloneBackward0'],
    ['=exp(ones(2, requires_grad=true)).sum().grad_fn.name()', 'SumBackward0'],
    ['=(exp(A1) * A1).grad_fn.next_functions[0][0]', 'ExpBackward0', { A1: '=ones(2, requires_grad=true)' }],
    ['=(exp(A1) * A1).grad_fn.next_functions[1][0]', 'AccumulateGrad', { A1: '=ones(2, requires_grad=true)' }],
    ['=(A1 * 2).grad_fn.next_functions[1][1]', 0, { A1: '=ones(2, requires_grad=true)' }],
    ['=ones(2).grad_fn.name()', '#VALUE!'],
    ['=grad(clone(A1 ** 2), A1)', 4, { A1: '2' }],
  ],
  'methods, attributes and indexing': [
    ['=[1, 2, 3].sum()', 6],
    [
      '=[[1, 2], [3, 4]].T',
      [
        [1, 3],
        [2, 4],
      ],
    ],
    ['=ones(2, 3).shape', [2, 3]],
    ['=ones(2, 3).shape[0]', 2],
    ['=ones(2, 3).ndim', 2],
    ['=ones(2, requires_grad=true).requires_grad', true],
    ['=(ones(2, requires_grad=true) * 2).grad_fn', 'MulBackward0'],
    ['=(1 - ones(2, requires_grad=true)).grad_fn', 'RsubBackward1'],
    ['=(-1 - ones(2, requires_grad=true)).grad_fn', 'RsubBackward1'],
    ['=(ones(2, requires_grad=true) - 1).grad_fn', 'SubBackward0'],
    ['=(ones(2) - ones(2, requires_grad=true)).grad_fn', 'SubBackward0'],
    ['=[1, 2].nosuch', '#NAME?'],
    ['=tuple(1, [2, 3])[1]', [2, 3]],
    ['=tuple(1, 2)[5]', '#VALUE!'],
    ['=[1, 2, 3][-1]', 3],
    ['=[1, 2, 3][5]', '#VALUE!'],
    ['=[1, 2, 3, 4][1:3]', [2, 3]],
    ['=[1, 2, 3, 4][::2]', [1, 3]],
  ],
  'arguments are checked by the registry': [
    ['=sum([1], foo=1)', '#VALUE!'],
    ['=mse_loss([1], [2], reduction="avg")', '#VALUE!'],
    ['=ones(-1)', '#VALUE!'],
    ['=exp("a")', '#VALUE!'],
    ['="a" + 1', '#VALUE!'],
    ['=sum()', '#VALUE!'],
    ['=exp(1, 2)', '#VALUE!'],
  ],
  'control flow is lazy and bounded': [
    ['=if(true, 1, nosuch(1))', 1],
    ['=if(false, nosuch(1), 2)', 2],
    ['=if([1, 2], 1, 2)', '#VALUE!'],
    ['=repeat(2000000, 1, y => y)', '#LOOP!'],
    ['=ones(5000, 5000)', '#LIMIT!'],
  ],
  gradients: [
    ['=grad(sum(A1:B1 ** 2), A1:B1)', [[2, 4]], { A1: '1', B1: '2' }],
    ['=grad(A1 ** 3, A1)', 12, { A1: '2' }],
    ['=grad(x ** 2, x)', 10, { B1: '5', NAMES: 'x=Sheet1!B1' }],
    // A name for a range is differentiated cell by cell, as the same range written inline is.
    ['=grad(sum(R ** 2), R)', [[2, 4]], { A1: '1', B1: '2', NAMES: 'R=Sheet1!A1:B1' }],
    ['=grad(sum(A1:B1 ** 2), R)', [[2, 4]], { A1: '1', B1: '2', NAMES: 'R=Sheet1!A1:B1' }],
    ['=(R => grad(R ** 2, R))(3)', 6, { A1: '1', B1: '2', NAMES: 'R=Sheet1!A1:B1' }],
    // no_grad(f) decorates f: its calls run without history, so grad through it finds no path.
    ['=no_grad(x => x * 2)(ones(2, requires_grad=true)).requires_grad', false],
    ['=(x => x * 2)(ones(2, requires_grad=true)).requires_grad', true],
    ['=no_grad(enable_grad(x => x * 2))(ones(2, requires_grad=true)).requires_grad', true],
    ['=no_grad(sin)(ones(2, requires_grad=true)).requires_grad', false],
    ['=clip_grad_value(tuple([1], "a"), 1)', '#VALUE!'],
    ['=clip_grad_value(tuple([2], [-3]), 1)[1]', [-1]],
    ['=let(t, 3, grad(t * t, t))', 6],
    ['=(x => grad(x ** 3, x))(2)', 12],
    ['=grad([1, 2] * A1, A1)', '#GRAD!', { A1: '2' }],
    ['=grad(1, 2)', '#GRAD!'],
    ['=grad(A1 * 2, A1, [1, 1, 1])', '#SHAPE!', { A1: '=[1, 2]' }],
    ['=grad(sum(A1 * 3), A1)', [3, 3], { A1: '=[1, 2]' }],
    ['=grad(sum(detach(A1) * A1), A1)', [1, 2], { A1: '=[1, 2]' }],
    ['=grad(no_grad(sum(A1 * 3)), A1)', [0, 0], { A1: '=[1, 2]' }],
    ['=grad(sum([A1, A1 * 2]), A1)', 3, { A1: '5' }],
    ['=A1.grad', [2, 2], { A1: '=ones(2, requires_grad=true)', A2: '=backward(A1 * 2, [1, 1])' }],
    ['=A1.grad', [0, 0], { A1: '=ones(2, requires_grad=true)' }],
    ['=backward(A1 * 2)', '#GRAD!', { A1: '=ones(2)' }],
    [
      '=jacobian(x => tuple(x * 2, x ** 2), [1, 3])[1]',
      [
        [2, 0],
        [0, 6],
      ],
    ],
    ['=vjp((a, b) => a * b, tuple([2], [3]), [1])[1][1]', [2]],
    ['=hessian((a, b) => sum(a * b), tuple([2], [3]))[0][1]', [[1]]],
    ['=grad(sum(A1(A2, A3)), A3)', [2], { A1: '=customgrad((a, b) => a * b, (a, b, g) => tuple(g * b, g * a))', A2: '=[2]', A3: '=[5]' }],
    ['=clip_grad_norm(tuple([3], [4]), 1)[1]', [0.799999840000032]],
  ],
};

describe('formulas', () => {
  for (const [group, cases] of Object.entries(rows)) {
    describe(group, () => {
      it.each(cases)('%s', (formula, expected, setup) => {
        expect(evaluate(formula, setup)).toEqual(expected);
      });
    });
  }

  it('flags where a NaN began, through dependents', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '-1'],
      ['B1', '=log(A1)'],
      ['C1', '=B1 * 2'],
    ]);
    expect(b.get('C1')).toMatchObject({ value: 'NaN', nonfinite: { op: 'log', cell: 'Sheet1!B1' } });
  });

  it("blames a backward pass's infinity on the backward rule that made it, in the gradient's cell", () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '0'],
      ['B1', '=grad(sqrt(A1), A1)'],
      ['B2', '=B1 + 1'],
    ]);
    expect(b.get('B1')).toMatchObject({ value: 'Infinity', nonfinite: { op: 'SqrtBackward0', cell: 'Sheet1!B1' } });
    expect(b.get('B2')).toMatchObject({ value: 'Infinity', nonfinite: { op: 'SqrtBackward0', cell: 'Sheet1!B1' } });
  });

  it('keeps the origin of an error as it flows', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '=[1, 2] + [1, 2, 3]'],
      ['B1', '=A1 * 2'],
    ]);
    expect(b.get('B1')).toEqual({
      kind: 'error',
      code: '#SHAPE!',
      message: 'add: shapes [2] and [3] do not broadcast',
      origin: 'Sheet1!A1',
    });
  });

  it('says a #REF! typed in a formula is a deleted reference', () => {
    const b = new Workbook();
    b.set('A1', '=sum(#REF!) * 2');
    expect(b.get('A1')).toEqual({ kind: 'error', code: '#REF!', message: 'the reference was deleted', origin: 'Sheet1!A1' });
  });

  it('reports the position of a syntax error', () => {
    const b = new Workbook();
    b.set('A1', '=1 +* 2');
    expect(b.get('A1')).toMatchObject({ code: '#PARSE!', message: 'unexpected "*" at position 3' });
    b.set('A2', '=[1, 2');
    expect(b.get('A2')).toMatchObject({ code: '#PARSE!', message: 'unclosed "[" at position 5' });
  });
});
