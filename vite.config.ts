// Builds and serves the app. The engine runs in a module Web Worker; a generated service worker keeps
// every built file so the app loads and works offline after the first visit.
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './vite.csp';

export default defineConfig({
  plugins: [
    solid(),
    contentSecurityPolicy(),
    VitePWA({
      // The app asks before taking a new version (app/library/pwa.ts), after saving what is unsaved.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: 'Gradsheet',
        short_name: 'Gradsheet',
        description: 'A spreadsheet whose cells are differentiable tensors.',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#2f6fde',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The same policy as the built page's <meta>, as a header: the workers' own responses carry it too.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: { format: 'es' },
  optimizeDeps: { include: ['@lezer/lr'] },
  build: {
    outDir: 'dist-app',
    target: 'es2022',
    // The chunk graph scripts/check-bundle.mjs walks.
    manifest: true,
    // The main thread's libraries in two chunks of their own, each under the default warning limit
    // (500 kB): the editor's (CodeMirror and Lezer) and the rest (workbox-window stays a lazy chunk of its own). The engine is the worker's alone
    // (scripts/check-bundle.mjs fails the build check if it reaches the main thread).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'editor', test: /node_modules[\\/](@codemirror|@lezer|@marijn|style-mod|w3c-keyname|crelt)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/](?!workbox-window[\\/])/ },
          ],
        },
      },
    },
  },
});
