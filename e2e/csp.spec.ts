// The Content-Security-Policy of the production build: it is in the page (a <meta>, as any static host serves
// it) and on every response of the preview server (so the engine worker and the service worker run under it),
// it forbids eval, and using the whole app (editing, the wasm matrix kernel, charts, the inspector, export,
// import, a share link, an example, the service worker) violates nothing.

import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../vite.csp';
import {
  addChart,
  cell,
  chartFigure,
  chartPixels,
  chartsPanel,
  clickCell,
  newWorkbook,
  openApp,
  openExample,
  typeInto,
  exportWorkbookFile,
} from './helpers';

/** Violations the page saw (securitypolicyviolation events) and CSP complaints any context logged. */
function watchViolations(page: Page): { events: () => Promise<string[]>; logged: string[] } {
  const logged: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) logged.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (/Content Security Policy|EvalError/i.test(e.message)) logged.push(e.message);
  });
  return {
    logged,
    events: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
});

test('the built page carries the policy, in its HTML and on every response, and it forbids eval', async ({ page }) => {
  expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const headers: Record<string, string | undefined> = {};
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/' || /engine\.worker.*\.js$/.test(path) || path === '/sw.js')
      headers[path.includes('worker') ? 'worker' : path] = r.headers()['content-security-policy'];
  });
  const violations = watchViolations(page);
  await openApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
  // A policy in a <meta> governs only what comes after it: it must precede every script and stylesheet.
  const html = await (await page.request.get('/')).text();
  const at = html.indexOf('http-equiv="Content-Security-Policy"');
  expect(at).toBeGreaterThan(html.indexOf('<meta charset'));
  expect(at).toBeLessThan(html.indexOf('<script'));
  expect(at).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
  await expect.poll(() => headers.worker).toBe(CONTENT_SECURITY_POLICY);
  expect(headers['/']).toBe(CONTENT_SECURITY_POLICY);

  // The policy is enforced, not only present. Playwright's own evaluate is exempt from it, so the eval is tried by
  // a script of the page's origin (served by the test), and an inline script is tried too: both are refused.
  await page.route('**/csp-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `const r = [];
        try { r.push(String(eval('1 + 1'))); } catch (e) { r.push(e.name); }
        try { r.push(String(new Function('return 2')())); } catch (e) { r.push(e.name); }
        window.__probe = r;`,
    }),
  );
  const attempts = await page.evaluate(async () => {
    const w = window as unknown as { __probe?: string[]; __inline?: number };
    const inline = document.createElement('script');
    inline.textContent = 'window.__inline = 1';
    document.head.append(inline);
    const probe = document.createElement('script');
    probe.src = '/csp-probe.js';
    await new Promise((done) => ((probe.onload = done), document.head.append(probe)));
    return [...(w.__probe ?? []), String(w.__inline)];
  });
  expect(attempts).toEqual(['EvalError', 'EvalError', 'undefined']);
  // Each is reported once by the <meta> and once by the header: two policies, both enforced.
  await expect
    .poll(async () => [...new Set(await violations.events())].sort())
    .toEqual([
      expect.stringMatching(/^script-src blocked eval at .*csp-probe\.js:2$/),
      expect.stringMatching(/^script-src blocked eval at .*csp-probe\.js:3$/),
      expect.stringMatching(/^script-src-elem blocked inline at /),
    ]);
  expect(await violations.events()).toHaveLength(6);
});

test('using the whole app violates nothing', async ({ page }) => {
  const violations = watchViolations(page);
  await openApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await newWorkbook(page);

  // Editing, and a product big enough for the WebAssembly kernel (in the worker, which runs under the header).
  await typeInto(page, 'A1', '=linspace(0, 3, 20, requires_grad=true)');
  await typeInto(page, 'B1', '=sum(matmul(ones(32, 32), ones(32, 32)))');
  await typeInto(page, 'A2', '=sin(A1) * A1');
  await expect(cell(page, 'B1')).toHaveText('32768');

  // A chart draws.
  const fig = await addChart(page, 'A1', 'A2', 'csp chart');
  await expect.poll(async () => (await chartPixels(fig)).drawn).toBeGreaterThan(100);
  await expect(chartFigure(page, 'csp chart')).toBeVisible();

  // The inspector shows the repr and the graph.
  await cell(page, 'A2').click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByLabel('PyTorch repr')).toContainText('grad_fn=<MulBackward0>');

  // Export, then import what was exported; a share link of it opens.
  const download = await exportWorkbookFile(page);
  const exported = readFileSync(await download.path());
  await page
    .getByLabel('Import a workbook file')
    .setInputFiles({ name: 'again.gradsheet.json', mimeType: 'application/json', buffer: exported });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(cell(page, 'B1')).toHaveText('32768');
  await page.getByRole('button', { name: 'Share' }).click();
  const url = await page.getByLabel('Link', { exact: true }).inputValue();
  await page.keyboard.press('Escape');
  await page.goto(url);
  await expect(cell(page, 'B1')).toHaveText('32768');

  // An example with its charts, and the editor's completion popup.
  await openExample(page, 'exp(2x²·sin x) and its derivative');
  await expect(chartsPanel(page).locator('figure').first()).toBeVisible();
  await clickCell(page, 'B2');
  await page.keyboard.type('=su');
  await expect(page.locator('.cm-tooltip-autocomplete')).toBeVisible();
  await page.screenshot({ path: 'test-results/csp-app.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  expect(await violations.events()).toEqual([]);
  expect(violations.logged).toEqual([]);
});
