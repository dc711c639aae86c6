import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // vite-plugin-solid would otherwise pick jsdom; the engine and formula tests run in Node.
    environment: 'node',
    // Node 20 validates relaxed SIMD only behind this flag (Chromium and Node ≥ 22 by default), so
    // both variants of the matmul kernel (engine/kernels/wasm/gemm.ts) are tested.
    execArgv: ['--experimental-wasm-relaxed-simd'],
    // Some golden cases run a loop to its 1,000,000-iteration limit; CI shares 2 cores with other work.
    testTimeout: 60_000,
    include: [
      'engine/**/*.test.ts',
      'formula/**/*.test.ts',
      'storage/**/*.test.ts',
      'bridge/**/*.test.ts',
      'cli/**/*.test.ts',
      'app/**/*.test.ts',
    ],
  },
});
