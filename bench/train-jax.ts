// Owns the training workload against jax-js: the sheet's 1,000 Adam steps of the 784-256-10
// perceptron (bench/train.ts) against the same steps written in jax-js, one `jit`-compiled step on its
// Wasm backend, in float32, from the sheet's own starting weights.

import { setLimits } from '../engine/limits';
import { isTensor } from '../engine/tensor';
import { Workbook } from '../formula/book';
import type { Prepared, Workload } from './harness';
import { type Jax, jaxWasm } from './peers';
import { B, CELLS, H, I, O, STEPS, tensorAt, trainFormula } from './train';

type JArray = import('@jax-js/jax').Array;
type Step = [params: JArray[], m: JArray[], v: JArray[], loss: JArray];

// torch.optim.Adam's defaults, as the sheet's `optimizer="adam", lr=1e-3` resolves them.
const [BETA1, BETA2, EPS, LR] = [0.9, 0.999, 1e-8, 1e-3];
/** How many steps' losses the two sides must agree on before anything is timed. */
const CHECKED = 10;

interface Start {
  data: Float64Array;
  shape: readonly number[];
}

/**
 * `train(steps)`: torch.optim.Adam on mse_loss(relu(x @ w_h + b_h) @ w_o + b_o, t) from `start`, each
 * step one call of a `jit`-compiled function (compiled on its first call), its loss read back as the
 * sheet's `train` records it; returns the losses, each taken before its step, and the parameters after.
 */
function jaxTrainer(jax: Jax, x: Start, t: Start, start: Start[]) {
  const np = jax.numpy;
  const f32 = (s: Start) => np.array(Float32Array.from(s.data), { shape: [...s.shape] });
  const scalar = (y: number) => np.array(Float32Array.of(y), { shape: [] });
  const X = f32(x);
  const T = f32(t);
  // jax-js frees an array when its last reference is passed on: every argument here is consumed, so a
  // value used twice is passed as `.ref` the first time.
  const loss = (p: JArray[], xb: JArray, tb: JArray): JArray => {
    const h = jax.nn.relu(np.matmul(xb, p[0]).add(p[1]));
    const d = np.matmul(h, p[2]).add(p[3]).sub(tb);
    return np.mean(np.square(d));
  };
  const step = jax.jit((p: JArray[], m: JArray[], v: JArray[], xb: JArray, tb: JArray, stepSize: JArray, bc2Sqrt: JArray): Step => {
    const [l, g] = jax.valueAndGrad(loss)(jax.tree.ref(p), xb, tb);
    const m2 = m.map((mi, i) => mi.mul(BETA1).add(g[i].ref.mul(1 - BETA1)));
    const v2 = v.map((vi, i) => vi.mul(BETA2).add(np.square(g[i]).mul(1 - BETA2)));
    const p2 = p.map((pi, i) => pi.sub(m2[i].ref.mul(stepSize.ref).div(np.sqrt(v2[i].ref).div(bc2Sqrt.ref).add(EPS))));
    stepSize.dispose();
    bc2Sqrt.dispose();
    return [p2, m2, v2, l];
  });
  const train = (steps: number): { losses: number[]; params: Float32Array[] } => {
    let p = start.map(f32);
    let m = p.map((q) => np.zeros(q.shape));
    let v = p.map((q) => np.zeros(q.shape));
    const losses: number[] = [];
    for (let k = 1; k <= steps; k++) {
      // The bias corrections change every step: passed in as arrays, so the compiled step is reused.
      const out = step(p, m, v, X.ref, T.ref, scalar(LR / (1 - BETA1 ** k)), scalar(Math.sqrt(1 - BETA2 ** k)));
      [p, m, v] = out;
      losses.push(out[3].item());
    }
    jax.tree.dispose([m, v]);
    return { losses, params: p.map((q) => q.dataSync() as Float32Array) };
  };
  return { train, dispose: () => (step.dispose(), X.dispose(), T.dispose()) };
}

/** Runs `f`, adding the CPU time it took (user + system, in ms) to `into`: on a shared machine wall time also counts waiting. */
const cpuTimed = (into: number[], f: () => void) => () => {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  into.push((used.user + used.system) / 1000);
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

const lossesOf = (book: Workbook, ref: string): Float64Array => {
  const got = book.value(ref);
  const losses = got.kind === 'tuple' ? got.items[1] : got;
  if (!isTensor(losses)) throw new Error(`${ref} is ${JSON.stringify(book.get(ref)).slice(0, 300)}`);
  return losses.data;
};

export const trainJaxWorkload: Workload = {
  name: `train: ${STEPS.toLocaleString('en-US')} Adam steps, MLP ${I}-${H}-${O}, batch ${B}, against jax-js`,
  peer: 'jax-js-wasm (jit, float32)',
  runs: 3,
  warmup: 0,
  async prepare(): Promise<Prepared> {
    const jax = await jaxWasm();
    setLimits({ maxMillis: 1e9, maxSteps: 1e9 });
    const book = new Workbook();
    book.setMany([...CELLS, ['B2', trainFormula('1e-3', CHECKED)]]);
    const [x, t, ...start] = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((r) => tensorAt(book, r));
    const trainer = jaxTrainer(jax, x, t, start);
    let compileMs = NaN;
    let k = 0;
    let peerFinal = NaN;
    let worst = NaN;
    const [gCpu, pCpu]: number[][] = [[], []];
    return {
      unit: `${STEPS.toLocaleString('en-US')} steps`,
      check: () => {
        const began = performance.now();
        const theirs = trainer.train(CHECKED).losses;
        compileMs = performance.now() - began;
        const ours = lossesOf(book, 'B2');
        if (ours.length !== CHECKED) throw new Error(`the sheet recorded ${ours.length} losses, not ${CHECKED}`);
        // float32 against float64: the losses of the first steps agree to float32's precision.
        worst = Math.max(...ours.map((l, i) => Math.abs(l - theirs[i]) / Math.abs(l)));
        ours.forEach((l, i) => {
          if (!(Math.abs(l - theirs[i]) <= 1e-7 + 1e-4 * Math.abs(l)))
            throw new Error(`loss ${i}: ${l} (sheet) against ${theirs[i]} (jax-js)`);
        });
      },
      gradsheet: { run: cpuTimed(gCpu, () => book.set('B1', trainFormula(k++ % 2 === 0 ? '0.001' : '1e-3'))) },
      peer: { run: cpuTimed(pCpu, () => void (peerFinal = trainer.train(STEPS).losses[STEPS - 1])) },
      // CPU medians over every run (the timed ones and the three that measure memory); both sides use one thread.
      extra: (g, p) => ({
        gradsheet_ms_per_step: g / STEPS,
        peer_ms_per_step: p / STEPS,
        gradsheet_cpu_ms_per_step: median(gCpu) / STEPS,
        peer_cpu_ms_per_step: median(pCpu) / STEPS,
        cpu_ratio: median(gCpu) / median(pCpu),
        loss_max_rel_diff_first_10: worst,
        peer_compile_and_10_steps_ms: compileMs,
        gradsheet_last_loss: lossesOf(book, 'B1')[STEPS - 1],
        peer_last_loss: peerFinal,
      }),
      dispose: () => trainer.dispose(),
    };
  },
};
