import { describe, expect, it } from 'vitest';
import { Workbook } from './book';
import { parseFormula } from './to-ast';
import { printExpr } from './print';
import type { Expr } from './ast';

describe('assigning to an attribute, as a tutorial writes x.requires_grad = False', () => {
  const book = new Workbook();
  book.setMany([
    ['A1', '=ones(2, requires_grad=true)'],
    ['A2', '=A1.requires_grad = False'],
    ['A3', '=(A1 * 2).requires_grad = False'],
    ['A4', '=A1.grad = None'],
    ['A5', '=A1.requires_grad == False'],
    ['A6', '=Z9.requires_grad = Z8'],
  ]);
  const message = (ref: string) => (book.get(ref) as { message?: string }).message;

  it("gives the out-of-place spelling, and PyTorch's refusal for a tensor computed from others", () => {
    expect(book.get('A2')).toMatchObject({ code: '#VALUE!' });
    expect(message('A2')).toBe(
      'A1.requires_grad = false: tensors in cells are never changed in place; write requires_grad_(A1, false) instead',
    );
    expect(message('A3')).toMatch(
      /write requires_grad_\(A1 \* 2, false\) instead \(PyTorch would say: "you can only change requires_grad flags of leaf variables\."\)$/,
    );
    expect(message('A4')).toBe(
      'A1.grad = None: tensors in cells are never changed in place; compute the new value in a cell of its own instead',
    );
  });

  it('leaves == a comparison, and is wired to what it reads', () => {
    expect(book.get('A5')).toEqual({ kind: 'bool', shape: [], value: false });
    book.set('Z9', '=ones(1, requires_grad=true) * 2');
    expect(message('A6')).toContain('PyTorch would say');
  });

  it('prints back as written', () => {
    const e = parseFormula('x.requires_grad=False') as Expr;
    expect(e.type).toBe('assign');
    expect(printExpr(e)).toBe('x.requires_grad = false');
  });
});

describe('an assignment whose value is a member expression too', () => {
  it('parses the first as the target', () => {
    const e = parseFormula('x.T2k=x.T2') as Expr;
    expect(e).toMatchObject({ type: 'assign', name: 'T2k', value: { type: 'attr', name: 'T2' } });
  });
});
