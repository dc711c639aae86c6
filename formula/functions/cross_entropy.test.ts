import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { cross_entropy } from './cross_entropy';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';

const X = [
  [2.0, 1.0, 0.1],
  [0.5, 2.5, -1.0],
  [0.3, -0.2, 1.1],
];
const W = [1, 2, 0.5];
const P = [
  [0.2, 0.3, 0.5],
  [1, 0, 0],
  [0.1, 0.1, 0.8],
];
const close = (v: number) => ({ value: expect.closeTo(v, 13), shape: [] });

// Expected values follow PyTorch's definitions (aten/src/ATen/native/LossNLL.cpp), computed in float64.
describe('cross_entropy', () => {
  it("matches PyTorch's value and gradient (golden case)", () => {
    const x = t(
      [
        [2.0, 1.0, 0.1],
        [0.5, 2.5, -1.0],
      ],
      true,
    );
    const loss = tensorOf(invoke(cross_entropy, [x, [2, 0]]));
    expect([res(loss), loss.gradFn]).toEqual([{ value: 2.2351041117000605, shape: [] }, 'NllLossBackward0']);
    const [g] = gradOf(loss, [x]) as number[][][];
    expect(g[0]).toEqual([0.32950056944298395, 0.12121648535235695, -0.4507170547953409]);
    expect(g[1]).toEqual([
      expect.closeTo(-0.44194273266292944, 15),
      expect.closeTo(0.4289884053042286, 15),
      expect.closeTo(0.012954327358700762, 15),
    ]);
  });
  it('takes class weights and ignore_index, as nll_loss', () => {
    expect(res(invoke(cross_entropy, [X, [2, 0, 1], W]))).toEqual(close(1.999572656712361));
    expect(res(invoke(cross_entropy, [X, [2, -100, 1], W]))).toEqual(close(1.93813043654839));
  });
  it('takes an unbatched [C] input with a 0-D target', () =>
    expect(res(invoke(cross_entropy, [[0, 0], 1]))).toEqual({ value: 0.6931471805599453, shape: [] }));
  it('mixes in the uniform distribution with label_smoothing', () => {
    expect(res(invoke(cross_entropy, [X, [2, 0, 1]], { label_smoothing: 0.1 }))).toEqual(close(2.0478712550053833));
    expect(res(invoke(cross_entropy, [X, [2, -100, 1], W], { label_smoothing: 0.2 }))).toEqual(close(1.8094783346421393));
    expect(res(invoke(cross_entropy, [X, [2, 0, 1], W], { label_smoothing: 0.1, reduction: 'sum' }))).toEqual(close(6.765242141229154));
    expect(res(invoke(cross_entropy, [X, [2, -100, 1]], { label_smoothing: 0.2, reduction: 'none' }))).toEqual({
      value: [expect.closeTo(2.1303633496111667, 13), 0, expect.closeTo(1.7234055416160294, 13)],
      shape: [3],
    });
  });
  it("takes class probabilities when the target has the input's shape", () => {
    expect(res(invoke(cross_entropy, [X, P]))).toEqual(close(1.5245379216720503));
    expect(res(invoke(cross_entropy, [X, P, W], { reduction: 'sum' }))).toEqual(close(4.386443603345234));
    expect(res(invoke(cross_entropy, [X, P], { reduction: 'none', label_smoothing: 0.3 }))).toEqual({
      value: [expect.closeTo(1.5820300162778334, 13), expect.closeTo(2.103178207122288, 13), expect.closeTo(0.9004055416160293, 13)],
      shape: [3],
    });
  });
  it("names the nodes as PyTorch's decomposition does", () => {
    const x = t(X, true);
    const name = (target: unknown, kw: Record<string, string | number>) =>
      tensorOf(invoke(cross_entropy, [x, target as number[]], kw)).gradFn;
    expect([
      name([2, 0, 1], {}),
      name([2, 0, 1], { label_smoothing: 0.1 }),
      name(P, {}),
      name(P, { reduction: 'sum' }),
      name(P, { reduction: 'none' }),
    ]).toEqual(['NllLossBackward0', 'AddBackward0', 'DivBackward1', 'NegBackward0', 'NegBackward0']);
  });
  it('differentiates probability targets too: softmax(x) - p over N', () => {
    const x = t([[0, 0]], true);
    const p = t([[1, 0]], true);
    expect(gradOf(tensorOf(invoke(cross_entropy, [x, p])), [x, p])).toEqual([[[-0.5, 0.5]], [[Math.LN2, Math.LN2]]]);
  });
  it('rejects a class index out of range, naming it and the number of classes', () =>
    expect(res(invoke(cross_entropy, [X, [2, 0, 5]]))).toEqual({
      error: '#VALUE!',
      message: 'cross_entropy: class index 5 is out of range for 3 classes',
    }));
  it('rejects targets of a shape that fits neither form, naming both', () =>
    expect(res(invoke(cross_entropy, [X, [[1, 0]]]))).toEqual({
      error: '#SHAPE!',
      message: 'cross_entropy: target of shape [1, 2] does not fit input of shape [3, 3] (expected target shape [3])',
    }));
  it('rejects label_smoothing outside [0, 1] and ignore_index with probabilities', () => {
    expect(res(invoke(cross_entropy, [X, [2, 0, 1]], { label_smoothing: 1.5 }))).toEqual({
      error: '#VALUE!',
      message: 'cross_entropy: label_smoothing must be between 0 and 1, got 1.5',
    });
    expect(res(invoke(cross_entropy, [X, P], { ignore_index: 0 }))).toEqual({
      error: '#VALUE!',
      message: 'cross_entropy: ignore_index is not supported for class-probability targets',
    });
  });
  it('rejects a weight that is not one per class, for either kind of target', () => {
    const message = 'cross_entropy: weight of shape [2] must have one entry per class, shape [3]';
    expect(res(invoke(cross_entropy, [X, [2, 0, 1], [1, 2]]))).toEqual({ error: '#SHAPE!', message });
    expect(res(invoke(cross_entropy, [X, P, [1, 2]]))).toEqual({ error: '#SHAPE!', message });
  });
  it('rejects a 0-D input', () =>
    expect(res(invoke(cross_entropy, [1, 0]))).toEqual({
      error: '#SHAPE!',
      message: 'cross_entropy: input must have a class dim, got a 0-D tensor',
    }));
});
