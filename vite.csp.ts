// Owns the app's Content-Security-Policy: the policy, and the Vite plugin that writes it into the built
// index.html as a <meta> (which works on any static host, GitHub Pages included). `vite preview` also sends it
// as a header, so the engine worker and the service worker run under it too in the end-to-end tests.
import type { Plugin } from 'vite';

/**
 * Why each source is allowed: scripts only from our origin, plus compiling WebAssembly (the engine's matrix
 * kernel; 'wasm-unsafe-eval' allows that and nothing else: no eval, no new Function). Styles inline too,
 * because CodeMirror, uPlot and solid write style elements and attributes. Images from data: and blob: URLs for
 * exported charts; workers from our origin (and blob:, which the browser uses for module-worker fallbacks).
 * No plugins, no <base>, no form posts, no connections beyond our origin: the app has no server.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const CHARSET = '<meta charset="utf-8" />';

/**
 * Writes the policy right after <meta charset> (which must stay first) and before every script and stylesheet,
 * since a policy in a <meta> governs only what comes after it. Production build only: the dev server's hot
 * reload needs inline scripts.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'gradsheet-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(CHARSET)) throw new Error(`index.html must start its <head> with ${CHARSET}`);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/"/g, '&quot;')}" />`;
        return html.replace(CHARSET, `${CHARSET}\n    ${meta}`);
      },
    },
  };
}
