import { describe, expect, it } from 'vitest';
import { Workbook } from '../../formula/book';
import { inspectCell } from '../../formula/inspect';
import { currentNode, fullText, numberText, previewText, samePass, sourceText, stepOf, stepText } from './backward-model';

const p = (shape: number[], values: number[], size = values.length) => ({ shape, size, values });

describe('previews', () => {
  it('prints a small tensor as nested lists and a larger one as its first elements', () => {
    expect(previewText(p([], [27]))).toBe('27');
    expect(previewText(p([2], [0.5, 1.25]))).toBe('[0.5, 1.25]');
    expect(previewText(p([2, 2], [4.5, 4.5, 4.5, 4.5]))).toBe('[4.5, 4.5, 4.5, …]');
    expect(fullText(p([2, 2], [4.5, 4.5, 4.5, 4.5]))).toBe('[[4.5, 4.5], [4.5, 4.5]]');
    expect(fullText(p([40], [1, 2], 40))).toBe('[1, 2, …]');
    expect(previewText(p([2, 0], []))).toBe('[[], []]');
  });

  it('keeps five significant digits and prints nan and inf as PyTorch does', () => {
    expect([1 / 3, NaN, -Infinity, 0, -0.0000062081, 1e-12, 2.5e7, 123456].map(numberText)).toEqual([
      '0.33333',
      'nan',
      '-inf',
      '0',
      '-6.2081e-06',
      '1e-12',
      '2.5e+07',
      '123460',
    ]);
  });
});

describe('steps as text', () => {
  const b = new Workbook();
  b.addSheet('Sheet2');
  b.setMany([
    ['A1', '=ones(2, 2, requires_grad=true)'],
    ['A2', '=(A1 * 3).mean()'],
    ['A3', '=backward(A2)'],
    ['B1', '=grad(A2, A1)'],
    ['Sheet2!A1', '=Sheet1!A1 * 2'],
  ]);
  const steps = inspectCell(b, 'Sheet1!A2')!.backward!;

  it('says which gradient is shown', () => {
    expect(sourceText(steps, 'Sheet1')).toBe('The backward root in A3 (backward with v = 1): its graph holds this cell.');
    expect(sourceText(inspectCell(b, 'Sheet1!B1')!.backward!, 'Sheet1')).toBe(
      "This cell's grad(A2, A1, v): the backward pass from A2 with v = 1, read at A1.",
    );
    expect(sourceText(inspectCell(b, 'Sheet2!A1')!.backward!, 'Sheet2')).toBe(
      'No grad(...) cell or backward root: this tensor is the root, with v = ones of its shape ([1, 1, 1, …]).',
    );
  });

  it('numbers the steps and names each node with its cell', () => {
    expect(stepText(0, steps, 'Sheet1')).toBe('Ready: 3 steps, in the order autograd runs its rules. Press Step.');
    expect([1, 2, 3].map((k) => stepText(k, steps, 'Sheet1'))).toEqual([
      'Step 1 of 3: MeanBackward0 (A2) runs its backward rule.',
      'Step 2 of 3: MulBackward0 runs its backward rule.',
      'Step 3 of 3: AccumulateGrad (A1) accumulates into .grad.',
    ]);
    expect(currentNode(0, steps)).toBeNull();
    expect(currentNode(3, steps)!.grad!.values).toEqual([0.75, 0.75, 0.75, 0.75]);
    expect(stepOf(steps.order[1], steps)).toBe(2);
    expect(stepOf(99, steps)).toBe(0);
  });

  it('tells a new answer for the same pass (keep the step) from another pass (start again)', () => {
    b.set('Sheet1!A1', '=ones(2, 2, requires_grad=true) * 2');
    expect(samePass(inspectCell(b, 'Sheet1!A2')!.backward!, steps)).toBe(false); // the graph grew a node
    b.set('Sheet1!A1', '=full((2, 2), 5., requires_grad=true)');
    const again = inspectCell(b, 'Sheet1!A2')!.backward!;
    expect(again.nodes[0].value.values).toEqual([15]);
    expect(samePass(again, steps)).toBe(true);
    expect(samePass(inspectCell(b, 'Sheet1!B1')!.backward!, steps)).toBe(false);
  });
});
