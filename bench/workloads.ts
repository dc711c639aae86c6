// Owns the benchmark workloads: Gradsheet (through its engine API or its public Workbook API) against
// TensorFlow.js and HyperFormula on the same work, with the results compared before anything is timed.

import { vjp } from '../engine/autograd';
import { isError } from '../engine/errors';
import { withGradMode } from '../engine/grad-mode';
import { run } from '../engine/op';
import { add } from '../engine/ops/add';
import { exp } from '../engine/ops/exp';
import { matmul } from '../engine/ops/matmul';
import { mul } from '../engine/ops/mul';
import { pow } from '../engine/ops/pow';
import { ALL } from '../engine/ops/reduce-dims';
import { relu } from '../engine/ops/relu';
import { sin } from '../engine/ops/sin';
import { sub } from '../engine/ops/sub';
import { sum } from '../engine/ops/sum';
import { Tensor, scalar } from '../engine/tensor';
import { Workbook } from '../formula/book';
import type { Prepared, Workload } from './harness';
import { type Tf, hyperformula, tensorflow } from './peers';
import { sheetBuilds, sheetEdits } from './sheets';
import { trainWorkload } from './train';
import { trainJaxWorkload } from './train-jax';

const leaf = (data: Float64Array, shape: number[], requiresGrad = true) => new Tensor(data, shape, 'float64', requiresGrad);
/**
 * First-order gradients, as `tf.grad` computes them (PyTorch's default create_graph=False): the
 * backward pass records no history of its own, so it can reuse the memory of gradients it is done with.
 */
const grads = (y: Tensor, xs: Tensor[], v: Tensor): Tensor[] => {
  const g = withGradMode(false, () => vjp(y, xs, v));
  if (isError(g)) throw new Error(g.message);
  return g;
};

function seeded(n: number, seed: number, scale = 1): Float64Array {
  const out = new Float64Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = ((s / 2 ** 32) * 2 - 1) * scale;
  }
  return out;
}

/**
 * Runs `f` inside `tf.tidy` and reads its tensors back. The read happens outside the tidy: `tidy` walks
 * whatever its callback returns looking for tensors, element by element for a typed array, which would
 * time TensorFlow.js's bookkeeping instead of its arithmetic.
 */
function read<T extends import('@tensorflow/tfjs').Tensor | import('@tensorflow/tfjs').Tensor[]>(tf: Tf, f: () => T): Float32Array[] {
  const out = tf.tidy(f);
  const list: import('@tensorflow/tfjs').Tensor[] = Array.isArray(out) ? out : [out];
  const data = list.map((t) => t.dataSync() as Float32Array);
  tf.dispose(list);
  return data;
}

function assertClose(what: string, got: ArrayLike<number>, want: ArrayLike<number>, rtol: number, atol = 1e-6): void {
  if (got.length !== want.length) throw new Error(`${what}: ${got.length} values against ${want.length}`);
  for (let i = 0; i < got.length; i++) {
    if (!(Math.abs(got[i] - want[i]) <= atol + rtol * Math.abs(want[i]))) throw new Error(`${what}[${i}]: ${got[i]} against ${want[i]}`);
  }
}

/** The first autograd tutorial: x = ones(2,2); y = x+2; z = 3*y*y; j = mean(z); dj/dx, 10,000 times. */
const tiny: Workload = {
  name: 'tiny tensors: tutorial x10,000',
  peer: 'tfjs-cpu',
  runs: 9,
  async prepare(): Promise<Prepared> {
    const tf = await tensorflow('cpu');
    const N = 10_000;
    const two = scalar(2);
    const three = scalar(3);
    const quarter = scalar(0.25);
    const one = scalar(1);
    const ours = (): Float64Array => {
      const x = leaf(new Float64Array(4).fill(1), [2, 2]);
      const y = run(add, [x, two]);
      const z = run(mul, [run(mul, [three, y]), y]);
      const j = run(mul, [run(sum, [z], ALL), quarter]);
      return grads(j, [x], one)[0].data;
    };
    const f = tf.grad((x) => {
      const y = x.add(2);
      return y.mul(y).mul(3).mean();
    });
    const theirs = (): Float32Array => read(tf, () => f(tf.ones([2, 2])))[0];
    return {
      unit: `${N.toLocaleString('en-US')} iterations`,
      check: () => assertClose('dj/dx', ours(), theirs(), 1e-6),
      gradsheet: {
        run: () => {
          for (let i = 0; i < N; i++) ours();
        },
      },
      peer: {
        run: () => {
          for (let i = 0; i < N; i++) theirs();
        },
      },
      extra: (g, p) => ({ gradsheet_us_per_iter: (g * 1000) / N, peer_us_per_iter: (p * 1000) / N }),
    };
  },
};

/** exp(2x²·sin x) on 10^6 elements, forward and backward. */
const elementwise: Workload = {
  name: 'elementwise: exp(2x²·sin x), 10^6, fwd+bwd',
  peer: 'tfjs-wasm',
  runs: 21,
  async prepare(): Promise<Prepared> {
    const tf = await tensorflow('wasm');
    const n = 1_000_000;
    const data = seeded(n, 7, 1.5);
    const ones = new Tensor(new Float64Array(n).fill(1), [n]);
    const two = scalar(2);
    const ours = (): Tensor => {
      const x = leaf(data, [n]);
      const y = run(exp, [run(mul, [run(mul, [two, run(pow, [x, two])]), run(sin, [x])])]);
      return grads(y, [x], ones)[0];
    };
    const xs = tf.tensor1d(Float32Array.from(data));
    const f = tf.grad((x) => tf.exp(x.square().mul(2).mul(x.sin())));
    const theirs = () => read(tf, () => f(xs))[0];
    return {
      check: () => assertClose('df/dx', ours().data, theirs(), 1e-3, 1e-3),
      gradsheet: { run: () => void ours() },
      peer: { run: () => void theirs() },
      dispose: () => xs.dispose(),
    };
  },
};

function matmulWorkload(n: number): Workload {
  return {
    name: `matmul ${n}x${n}`,
    peer: 'tfjs-wasm',
    runs: n >= 512 ? 15 : 31,
    async prepare(): Promise<Prepared> {
      const tf = await tensorflow('wasm');
      const a = seeded(n * n, 1);
      const b = seeded(n * n, 2);
      const A = new Tensor(a, [n, n]);
      const B = new Tensor(b, [n, n]);
      const tA = tf.tensor2d(Float32Array.from(a), [n, n]);
      const tB = tf.tensor2d(Float32Array.from(b), [n, n]);
      const ours = () => run(matmul, [A, B]).data;
      const theirs = () => read(tf, () => tf.matMul(tA, tB))[0];
      const flops = 2 * n ** 3;
      return {
        check: () => assertClose('A @ B', ours(), theirs(), 1e-3, 1e-3),
        gradsheet: { run: () => void ours() },
        peer: { run: () => void theirs() },
        extra: (g, p) => ({ gradsheet_gflops: flops / g / 1e6, peer_gflops: flops / p / 1e6 }),
        dispose: () => tf.dispose([tA, tB]),
      };
    },
  };
}

/** A 784-256-10 perceptron on a batch of 64: forward, squared error, gradients of every parameter. */
const mlp: Workload = {
  name: 'MLP 784-256-10, batch 64, fwd+bwd',
  peer: 'tfjs-wasm',
  runs: 11,
  async prepare(): Promise<Prepared> {
    const tf = await tensorflow('wasm');
    const [B, I, H, O] = [64, 784, 256, 10];
    const x = seeded(B * I, 3);
    const t = seeded(B * O, 4);
    const w1 = seeded(I * H, 5, 0.05);
    const w2 = seeded(H * O, 6, 0.1);
    const b1 = seeded(H, 8, 0.1);
    const b2 = seeded(O, 9, 0.1);
    const X = new Tensor(x, [B, I]);
    const T = new Tensor(t, [B, O]);
    const scale = scalar(1 / (B * O));
    const one = scalar(1);
    const ours = (): Tensor[] => {
      const W1 = leaf(w1, [I, H]);
      const B1 = leaf(b1, [H]);
      const W2 = leaf(w2, [H, O]);
      const B2 = leaf(b2, [O]);
      const h = run(relu, [run(add, [run(matmul, [X, W1]), B1])]);
      const out = run(add, [run(matmul, [h, W2]), B2]);
      const d = run(sub, [out, T]);
      const loss = run(mul, [run(sum, [run(mul, [d, d])], ALL), scale]);
      return grads(loss, [W1, B1, W2, B2], one);
    };
    const tX = tf.tensor2d(Float32Array.from(x), [B, I]);
    const tT = tf.tensor2d(Float32Array.from(t), [B, O]);
    const params = [
      tf.tensor2d(Float32Array.from(w1), [I, H]),
      tf.tensor1d(Float32Array.from(b1)),
      tf.tensor2d(Float32Array.from(w2), [H, O]),
      tf.tensor1d(Float32Array.from(b2)),
    ];
    const f = tf.grads((W1, B1b, W2, B2b) => {
      const h = tf.relu(tf.matMul(tX, W1).add(B1b));
      const d = tf.matMul(h, W2).add(B2b).sub(tT);
      return d.square().mean();
    });
    const theirs = () => read(tf, () => f(params));
    return {
      check: () => {
        const a = ours();
        const b = theirs();
        a.forEach((g, i) => assertClose(`grad ${i}`, g.data, b[i], 1e-2, 1e-5));
      },
      gradsheet: { run: () => void ours() },
      peer: { run: () => void theirs() },
      dispose: () => tf.dispose([tX, tT, ...params]),
    };
  },
};

/** The gradient of the last cell of the 10,000-cell chain with respect to A1, against the forward pass alone. */
const chainGradient: Workload = {
  name: 'gradient cell over the 10,000-cell chain',
  peer: 'gradsheet forward recalculation',
  runs: 21,
  async prepare(): Promise<Prepared> {
    const build = (withGrad: boolean) => {
      const b = new Workbook();
      const edits: [string, string][] = [['A1', '1']];
      for (let r = 2; r <= 10_000; r++) edits.push([`A${r}`, `=A${r - 1} * 1.0001 + 1`]);
      if (withGrad) edits.push(['B1', '=grad(A10000, A1)']);
      b.setMany(edits);
      return b;
    };
    const withGrad = build(true);
    const forward = build(false);
    let k = 0;
    const check = () => {
      const g = withGrad.get('B1');
      if (g.kind !== 'tensor') throw new Error(`B1 is ${JSON.stringify(g)}`);
      assertClose('dA10000/dA1', [g.value as number], [1.0001 ** 9999], 1e-9);
    };
    return {
      check,
      gradsheet: { run: () => withGrad.set('A1', String(2 + (k++ % 2))) },
      peer: { run: () => forward.set('A1', String(2 + (k++ % 2))) },
    };
  },
};

async function hyperformulaWorkloads(): Promise<Workload[]> {
  return [...sheetEdits(), ...sheetBuilds()];
}

export async function allWorkloads(): Promise<Workload[]> {
  return [
    tiny,
    elementwise,
    ...[64, 128, 256, 512].map(matmulWorkload),
    mlp,
    trainWorkload,
    trainJaxWorkload,
    ...(await hyperformulaWorkloads()),
    chainGradient,
  ];
}

export { hyperformula };
