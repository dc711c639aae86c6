import { describe, expect, it } from 'vitest';
import { isError } from '../errors';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { Tensor, scalar } from '../tensor';
import { type RawIndexPart, normaliseIndex } from './index-parts';
import { getitem } from './getitem';
import { mul } from './mul';
import { sum } from './sum';

const A = [
  [1, 2, 3, 4],
  [5, 6, 7, 8],
  [9, 10, 11, 12],
];
const i = (v: number | number[] | boolean[] | boolean[][]): RawIndexPart => ({ kind: 'index', value: Array.isArray(v) ? t(v) : scalar(v) });
const s = (start: number | null, stop: number | null, step: number | null = null): RawIndexPart => ({ kind: 'slice', start, stop, step });
const mask = (v: boolean[] | boolean[][]): RawIndexPart => ({ kind: 'index', value: t(v).with({ dtype: 'bool' }) });

/** x[parts] as the evaluator runs it: normalise, then the op. */
function at(x: Tensor, ...parts: RawIndexPart[]) {
  const attrs = normaliseIndex(x.shape, parts);
  return isError(attrs) ? attrs : call(getitem, [x], attrs);
}

describe('getitem (golden, PyTorch)', () => {
  it('A[1]', () => expect(outcome(at(t(A), i(1)))).toEqual({ value: [5, 6, 7, 8], shape: [4] }));
  it('A[:, 1]', () => expect(outcome(at(t(A), s(null, null), i(1)))).toEqual({ value: [2, 6, 10], shape: [3] }));
  it('A[0:2, ::2]', () =>
    expect(outcome(at(t(A), s(0, 2), s(null, null, 2)))).toEqual({
      value: [
        [1, 3],
        [5, 7],
      ],
      shape: [2, 2],
    }));
  it('A[-1, -2:]', () => expect(outcome(at(t(A), i(-1), s(-2, null)))).toEqual({ value: [11, 12], shape: [2] }));
  it('grad(sum(A[1] * A[1]), A) is 2 * row 1 in row 1', () => {
    const a = t(A, true);
    const r = at(a, i(1)) as Tensor;
    const y = call(sum, [call(mul, [r, r]) as Tensor], { dims: null, keepdim: false }) as Tensor;
    expect(gradOf(y, [a])).toEqual([
      [
        [0, 0, 0, 0],
        [10, 12, 14, 16],
        [0, 0, 0, 0],
      ],
    ]);
  });
});

describe('getitem', () => {
  it('selects down to a 0-D tensor', () => expect(outcome(at(t(A), i(2), i(-1)))).toEqual({ value: 12, shape: [] }));
  it('clamps slice bounds as Python does', () => expect(outcome(at(t([1, 2, 3]), s(-10, 10)))).toEqual({ value: [1, 2, 3], shape: [3] }));
  // Shape and size only: toNested of an empty tensor is not ours to fix (engine/tensor.ts).
  it('gives an empty result for an empty slice', () => expect(at(t([1, 2, 3]), s(2, 1))).toMatchObject({ shape: [0], size: 0 }));
  it('gathers rows by an integer list, repeats and negatives included', () =>
    expect(outcome(at(t(A), i([2, -3, 2])))).toEqual({
      value: [
        [9, 10, 11, 12],
        [1, 2, 3, 4],
        [9, 10, 11, 12],
      ],
      shape: [3, 4],
    }));
  it('gathers along dim 1 after a slice', () =>
    expect(outcome(at(t(A), s(1, null), i([0, 3])))).toEqual({
      value: [
        [5, 8],
        [9, 12],
      ],
      shape: [2, 2],
    }));
  it('masks by a bool tensor of the whole shape into 1-D', () =>
    expect(
      outcome(
        at(
          t([
            [1, 2],
            [3, 4],
          ]),
          mask([
            [true, false],
            [false, true],
          ]),
        ),
      ),
    ).toEqual({ value: [1, 4], shape: [2] }));
  it('masks leading dims, keeping the rest', () =>
    expect(outcome(at(t(A), mask([false, true, true])))).toEqual({
      value: [
        [5, 6, 7, 8],
        [9, 10, 11, 12],
      ],
      shape: [2, 4],
    }));
  it('gathers by an empty list into an empty result', () => expect(at(t(A), i([]))).toMatchObject({ shape: [0, 4], size: 0 }));
  it('indexes a tensor with a zero-size dim', () =>
    expect(at(new Tensor(new Float64Array(0), [2, 0]), i(1))).toMatchObject({ shape: [0], size: 0 }));
  it('keeps bool dtype', () => expect(at(t([1, 0]).with({ dtype: 'bool' }), i(0))).toMatchObject({ dtype: 'bool' }));
  it('names an out-of-range index as PyTorch does', () =>
    expect(outcome(at(t([1, 2, 3]), i(5)))).toEqual({
      error: '#VALUE!',
      message: 'index: index 5 is out of bounds for dimension 0 with size 3',
    }));
  it('names an out-of-range index in a list', () =>
    expect(outcome(at(t(A), s(null, null), i([0, -5])))).toEqual({
      error: '#VALUE!',
      message: 'index: index -5 is out of bounds for dimension 1 with size 4',
    }));
  it('rejects more indices than dims', () =>
    expect(outcome(at(t([1, 2]), i(0), i(0)))).toEqual({
      error: '#VALUE!',
      message: 'index: too many indices for a tensor of dimension 1',
    }));
  it('rejects a step of zero', () =>
    expect(outcome(at(t([1, 2]), s(null, null, 0)))).toEqual({
      error: '#VALUE!',
      message: 'index: slice step must be greater than zero, got 0',
    }));
  it('rejects a fractional index', () =>
    expect(outcome(at(t([1, 2]), i(0.5)))).toEqual({ error: '#VALUE!', message: 'index: an index must be a whole number, got 0.5' }));
  it('rejects an index tensor that holds a fraction, NaN or infinity, naming the first such element', () => {
    const msg = (where: string, x: number) =>
      `index: tensors used as indices must hold whole numbers or be boolean masks (PyTorch's long or bool tensors); element ${where} is ${x}`;
    expect(outcome(at(t([1, 2, 3]), i([0, 1.5, 2.5])))).toEqual({ error: '#VALUE!', message: msg('[1]', 1.5) });
    expect(
      outcome(
        at(t([1, 2, 3]), {
          kind: 'index',
          value: t([
            [0, 1],
            [2, 0.25],
          ]),
        }),
      ),
    ).toEqual({ error: '#VALUE!', message: msg('[1, 1]', 0.25) });
    expect(outcome(at(t([1, 2, 3]), i([NaN])))).toEqual({ error: '#VALUE!', message: msg('[0]', NaN) });
    expect(outcome(at(t([1, 2, 3]), i(Infinity)))).toEqual({
      error: '#VALUE!',
      message: 'index: an index must be a whole number, got Infinity',
    });
  });
  it('takes a tensor of whole numbers as a long index, as torch.ones(2, 2, dtype=torch.long) would be', () =>
    expect(
      outcome(
        at(t([1, 2, 3]), {
          kind: 'index',
          value: t([
            [1, 1],
            [2, 0],
          ]),
        }),
      ),
    ).toEqual({
      value: [
        [2, 2],
        [3, 1],
      ],
      shape: [2, 2],
    }));
  it('rejects a mask of the wrong shape', () =>
    expect(outcome(at(t(A), mask([true, false])))).toEqual({
      error: '#SHAPE!',
      message: 'index: the mask of shape [2] does not match the indexed dims [3] at dim 0',
    }));
  it('rejects two tensor indices', () => expect(at(t(A), i([0]), i([1]))).toMatchObject({ code: '#VALUE!' }));
  it('rejects hand-made attrs that do not fit', () =>
    expect(outcome(call(getitem, [t([1, 2])], { parts: [{ kind: 'select', index: 2 }] }))).toEqual({
      error: '#VALUE!',
      message: 'index: index 2 is out of bounds for dimension 0 with size 2',
    }));
  it('names the node as PyTorch does', () => {
    const a = t(A, true);
    const fn = (...p: RawIndexPart[]) => (at(a, ...p) as Tensor).gradFn;
    expect(fn(i(1))).toBe('SelectBackward0');
    expect(fn(s(null, null), i(1))).toBe('SelectBackward0');
    expect(fn(i(1), s(null, null))).toBe('SelectBackward0');
    expect(fn(s(0, 2), s(null, null, 2))).toBe('SliceBackward0');
    expect(fn(i(0), s(1, 3))).toBe('SliceBackward0');
    expect(fn(i([0, 1]))).toBe('IndexBackward0');
    expect(fn(s(null, null), s(0, 4))).toBe('AliasBackward0');
  });
  it('adds the gradient of repeated gathers', () => {
    const x = t([1, 2, 3], true);
    expect(gradOf(at(x, i([2, 0, 2])) as Tensor, [x], t([1, 10, 100]))).toEqual([[10, 0, 101]]);
  });
});
