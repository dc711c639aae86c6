// Owns loading the peers: TensorFlow.js on its CPU and WebAssembly backends (with the gradient
// registrations the umbrella package loads), and HyperFormula.

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
