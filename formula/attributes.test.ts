import { describe, expect, it } from 'vitest';
import { Workbook } from './book';

function book(cells: Record<string, string>): Workbook {
  const b = new Workbook();
  b.setMany(Object.entries(cells));
  return b;
}

const GRAD_OF_GRAD =
  ".grad: this tensor is itself an x.grad, which has no gradient of its own (PyTorch's x.grad.grad is None); for a second derivative write grad(grad(y, x), x)";

describe('x.grad', () => {
  it("refuses the .grad of a .grad, as PyTorch's is None, whether or not any cell calls backward", () => {
    const b = book({ A1: '=ones(3).grad.grad', B1: '=ones(2, requires_grad=true)', B2: '=backward(sum(B1 ** 2))', B3: '=B1.grad.grad' });
    expect(b.get('A1')).toMatchObject({ kind: 'error', code: '#GRAD!', message: GRAD_OF_GRAD });
    expect(b.get('B3')).toMatchObject({ kind: 'error', code: '#GRAD!', message: GRAD_OF_GRAD });
  });

  it('refuses it through another cell and through a lambda too', () => {
    const b = book({
      A1: '=ones(2, requires_grad=true)',
      A2: '=backward(sum(A1 * 3))',
      A3: '=A1.grad',
      A4: '=A3.grad',
      A5: '=(g => g.grad)(A1.grad)',
    });
    expect(b.get('A3')).toMatchObject({ kind: 'tensor', value: [3, 3] });
    expect(b.get('A4')).toMatchObject({ code: '#GRAD!' });
    expect(b.get('A5')).toMatchObject({ code: '#GRAD!' });
  });

  it('leaves the tensor a .grad was computed from usable as an upstream tensor and as a value', () => {
    // backward(A1, B1) makes B1's tensor the gradient of A1: B1 itself is no .grad.
    const b = book({
      A1: '=ones(2, requires_grad=true)',
      B1: '=[5, 7]',
      A2: '=backward(A1, B1)',
      A3: '=A1.grad',
      B2: '=B1.grad',
      A4: '=A1.grad * 2',
    });
    expect(b.get('A3')).toMatchObject({ value: [5, 7] });
    expect(b.get('B2')).toMatchObject({ kind: 'tensor', value: [0, 0] });
    expect(b.get('A4')).toMatchObject({ value: [10, 14] });
  });

  it('says that PyTorch keeps no .grad for a tensor that is not a leaf, showing what retain_grad() would keep', () => {
    const b = book({ A1: '=ones(2, requires_grad=true)', B1: '=A1 * 2', C1: '=backward(sum(B1 * 5))', D1: '=B1.grad', E1: '=A1.grad' });
    expect(b.get('D1')).toMatchObject({
      value: [5, 5],
      note: 'PyTorch keeps no .grad for a tensor that is not a leaf (it warns and gives None); this is what retain_grad() on it would keep',
    });
    expect(b.get('E1')).toMatchObject({ value: [10, 10] });
    expect(b.get('E1')).not.toHaveProperty('note');
  });
});
