// Builds the library entry (dist/gradsheet.js, SPEC §9) and the command line (dist/cli.js) for Node and workers.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    // An SSR build targets Node: `node:` built-ins stay imports, everything else is bundled in.
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { gradsheet: 'formula/index.ts', cli: 'cli/main.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { noExternal: true },
});
