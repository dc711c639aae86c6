// Special forms are checked as every function is (functions/coerce.ts's binding): the same arity and
// keyword messages, PyTorch's keyword aliases, and each form's own rules after that.

import { describe, expect, it } from 'vitest';
import { Tensor } from '../../engine/tensor';
import { Workbook } from '../book';
import { bindArgs, bindForm } from '../functions/coerce';
import { lookupFunction } from '../functions/index';
import { SPECIAL_FORMS } from './index';

const get = (formula: string, cells: Record<string, string> = {}) => {
  const b = new Workbook();
  b.setMany([...Object.entries(cells), ['Z1', formula]]);
  return b.get('Z1');
};

describe('special forms', () => {
  it('are in the registry, each with a run hook', () => {
    expect(SPECIAL_FORMS.map((f) => f.name)).toEqual(['if', 'let', 'grad', 'backward', 'no_grad', 'enable_grad']);
    for (const f of SPECIAL_FORMS) {
      expect(lookupFunction(f.name)).toMatchObject({ name: f.name, form: true, run: f.run });
      expect([f.form, typeof f.run]).toEqual([true, 'function']);
    }
  });

  it('refuse a wrong call with the words any function uses', () => {
    const cases: [string, string][] = [
      ['=if(1)', 'if: missing argument "then"'],
      ['=if(1, 2, 3, 4)', 'if: takes at most 3 arguments (4 given)'],
      ['=if(1, 2, foo=3)', 'if: unexpected keyword argument "foo"'],
      ['=let(a)', 'let: missing argument "value1"'],
      ['=let(a, 1)', 'let: missing argument "body"'],
      ['=no_grad()', 'no_grad: missing argument "expr"'],
      ['=enable_grad(1, 2)', 'enable_grad: takes at most 1 argument (2 given)'],
      ['=grad(1, x=1, inputs=2)', 'grad: got more than one value for "x"'],
      ['=backward()', 'backward: missing argument "y"'],
    ];
    for (const [formula, message] of cases) expect(get(formula), formula).toMatchObject({ code: '#VALUE!', message });
  });

  it('bind exactly as bindArgs does, without evaluating', () => {
    const mse = lookupFunction('mse_loss')!;
    const unevaluated = [{ name: null, expr: { type: 'number', value: 1, from: 0, to: 1 } }] as const;
    expect(bindForm(mse, unevaluated)).toMatchObject({ code: '#VALUE!', message: 'mse_loss: missing argument "target"' });
    expect(bindArgs(mse, [{ name: null, value: new Tensor(Float64Array.of(1), []) }])).toMatchObject({
      message: 'mse_loss: missing argument "target"',
    });
  });

  it("take keywords by name and by PyTorch's aliases", () => {
    expect(get('=if(cond=1 > 0, then=10, else=20)')).toMatchObject({ value: 10 });
    expect(get('=no_grad(expr=ones(2, requires_grad=true) * 2).requires_grad')).toMatchObject({ value: false });
    expect(get('=grad(outputs=sum(A1 * A1), inputs=A1)', { A1: '=ones(2, requires_grad=true)' })).toMatchObject({ value: [2, 2] });
    expect(get('=backward(tensors=A1 * 2, grad_tensors=[1, 1])', { A1: '=ones(2, requires_grad=true)' })).toMatchObject({ value: [2, 2] });
  });

  it('keep their own rules after binding', () => {
    expect(get('=let(a, 1, b, 2)')).toMatchObject({
      code: '#VALUE!',
      message: 'let: takes pairs of name and value, then a body: let(name1, value1, ..., body)',
    });
    expect(get('=let(1, 2, 3)')).toMatchObject({ code: '#VALUE!', message: 'let: argument 1 must be a name' });
    expect(get('=if(1, 2)')).toMatchObject({ value: 2 });
    expect(get('=if(0, 2)')).toMatchObject({ kind: 'empty' });
    expect(get('=grad(sum(A1), A1 + 1)', { A1: '=ones(2, requires_grad=true)' })).toMatchObject({ code: '#GRAD!' });
    expect(get('=grad(sum(A1), A1, create_graph=[1, 2])', { A1: '=ones(2, requires_grad=true)' })).toMatchObject({
      code: '#VALUE!',
      message: 'grad: the condition must be a single true/false value, got a tensor of shape [2]',
    });
  });

  it('cannot be passed as a value', () => {
    expect(get('=jvp(if, 1, 1)')).toMatchObject({ code: '#NAME?' });
  });
});
