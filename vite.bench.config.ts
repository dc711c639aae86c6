// Builds the benchmark (bench/main.ts) for Node; the peers stay as package imports.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-bench',
    emptyOutDir: true,
    minify: false,
    rollupOptions: { input: { main: 'bench/main.ts' }, output: { format: 'es', entryFileNames: '[name].js' } },
  },
  ssr: { external: ['@jax-js/jax', '@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm', 'hyperformula'] },
});
