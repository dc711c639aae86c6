// Builds and serves the app. The engine runs in a module Web Worker, bundled by the same plugins.
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

export default defineConfig({
  plugins: [solid()],
  worker: { format: 'es' },
  optimizeDeps: { include: ['@lezer/lr'] },
  build: { outDir: 'dist-app', target: 'es2022', chunkSizeWarningLimit: 2000 },
});
