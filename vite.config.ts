// Builds and serves the app.
import { defineConfig } from 'vite';

export default defineConfig({
  optimizeDeps: { include: ['@lezer/lr'] },
  build: { outDir: 'dist-app', target: 'es2022' },
});
