// Owns loading the peers: TensorFlow.js on its CPU and WebAssembly backends (with the gradient
// registrations the umbrella package loads), jax-js on its WebAssembly backend, and HyperFormula.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Tf = typeof import('@tensorflow/tfjs');

export async function tensorflow(backend: 'cpu' | 'wasm'): Promise<Tf> {
  const tf = await import('@tensorflow/tfjs');
  if (backend === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const require = createRequire(import.meta.url);
    // Node loads the .wasm files from the package's dist folder (SIMD is used, threads are not).
    wasm.setWasmPaths(`${join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`);
  }
  await tf.setBackend(backend);
  await tf.ready();
  return tf;
}

export async function hyperformula(): Promise<typeof import('hyperformula').HyperFormula> {
  return (await import('hyperformula')).HyperFormula;
}

export type Jax = typeof import('@jax-js/jax');

/**
 * jax-js with its Wasm backend as the default device. In Node there is no global `Worker`, so its
 * kernels run on one thread; and float32 is the widest dtype it can build arrays of in Node 20 (its
 * array constructor tests `instanceof Float16Array`, a global Node 20 lacks, before Float64Array).
 */
export async function jaxWasm(): Promise<Jax> {
  const jax = await import('@jax-js/jax');
  const ready = await jax.init('wasm');
  if (!ready.includes('wasm')) throw new Error(`jax-js started ${ready.join(', ') || 'no backend'}, not wasm`);
  jax.defaultDevice('wasm');
  return jax;
}
