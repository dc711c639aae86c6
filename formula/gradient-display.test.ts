import { describe, expect, it } from 'vitest';
import { Workbook } from './book';

const book = (cells: Record<string, string>): Workbook => {
  const b = new Workbook();
  b.setMany(Object.entries(cells));
  return b;
};

describe('a gradient as PyTorch shows it', () => {
  it('shows requires_grad=False and no grad_fn by default, and its grad_fn with create_graph', () => {
    const b = book({ A1: '=ones(2, requires_grad=true)', A2: '=grad(sum(A1 ** 3), A1)', A3: '=grad(sum(A1 ** 3), A1, create_graph=true)' });
    expect(b.get('A2')).toMatchObject({ value: [3, 3], requires_grad: false, grad_fn: null });
    expect(b.get('A3')).toMatchObject({ value: [3, 3], requires_grad: true, grad_fn: 'MulBackward0' });
  });

  it('is still differentiated by a later grad, one added afterwards recomputing it with history', () => {
    const b = book({ A1: '=ones(2, requires_grad=true)', A2: '=grad(sum(A1 ** 3), A1)' });
    b.set('A4', '=grad(sum(A2 * A1), A1)');
    expect(b.get('A4')).toMatchObject({ value: [9, 9] });
    expect(b.get('A2')).toMatchObject({ requires_grad: false, grad_fn: null });
    b.set('A5', '=grad(sum(grad(sum(A1 ** 3), A1)), A1)');
    expect(b.get('A5')).toMatchObject({ value: [6, 6] });
  });

  it('shows .grad the same way, with create_graph on backward too', () => {
    const b = book({ A1: '=ones(2, requires_grad=true)', A2: '=backward(sum(A1 * A1))', A3: '=A1.grad' });
    expect(b.get('A3')).toMatchObject({ value: [2, 2], requires_grad: false, grad_fn: null });
    b.set('A2', '=backward(sum(A1 * A1), create_graph=True)');
    expect(b.get('A3')).toMatchObject({ value: [2, 2], requires_grad: true });
  });

  it("takes PyTorch's keywords and refuses others", () => {
    const b = book({
      A1: '=ones(2, requires_grad=true)',
      A2: '=grad(outputs=A1 * 2, inputs=A1, grad_outputs=[1, 2], retain_graph=True)',
      A3: '=backward(sum(A1), retain_graph=true, create_graph=false)',
      A4: '=grad(sum(A1), A1, foo=1)',
      A5: '=grad(sum(A1), A1, create_graph=[1, 2])',
      A6: '=grad(sum(A1))',
      A7: '=backward(A1 * 2, gradient=[1, 1])',
    });
    expect(b.get('A2')).toMatchObject({ value: [2, 4] });
    expect(b.get('A3')).toMatchObject({ value: 2 });
    expect(b.get('A4')).toMatchObject({ code: '#VALUE!', message: 'grad: unexpected keyword argument "foo"' });
    expect(b.get('A5')).toMatchObject({ code: '#VALUE!' });
    expect(b.get('A6')).toMatchObject({ code: '#VALUE!', message: 'grad: missing argument "x"' });
    expect(b.get('A7')).toMatchObject({ value: [2, 2] });
  });
});
