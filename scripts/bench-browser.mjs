// The browser's own figure: in the built app (Debian's Chromium, or Playwright's), the time from a
// slider's input event to the next frame after the chart redrew, for the exp(2x²·sin x) gallery
// example, over 200 slider moves. Prints p50 and p95 (JSON with --json).
/* global document, requestAnimationFrame -- page.evaluate runs its function in the page */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4180);
const MOVES = 200;
const json = process.argv.includes('--json');

const server = spawn('npx', ['--no-install', 'vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
});
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  for (let i = 0; ; i++) {
    try {
      await page.goto(`http://127.0.0.1:${PORT}/`);
      break;
    } catch (e) {
      if (i > 50) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /exp\(2x/ }).click();
  await page.locator('figure canvas').first().waitFor();
  await page.waitForTimeout(500);
  const samples = await page.evaluate(async (moves) => {
    const slider = document.querySelector('input[type=range]');
    const figure = document.querySelector('figure');
    const toDraw = [];
    const toFrame = [];
    for (let i = 0; i < moves; i++) {
      const value = (0.5 + (2.5 * ((i * 37) % moves)) / moves).toFixed(2);
      let drawnAt = 0;
      const framed = new Promise((resolve) =>
        figure.addEventListener(
          'gradsheet-chart-drawn',
          () => ((drawnAt = performance.now()), requestAnimationFrame(() => resolve(performance.now()))),
          { once: true },
        ),
      );
      const t0 = performance.now();
      slider.value = value;
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const frame = await framed;
      toDraw.push(drawnAt - t0);
      toFrame.push(frame - t0);
    }
    return { toDraw, toFrame };
  }, MOVES);
  const pct = (xs, q) => {
    const s = [...xs].sort((a, b) => a - b);
    return Number(s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(2));
  };
  // "drawn": the chart's canvas holds the new curve (the browser shows it at the next vsync);
  // "frame": the animation frame after that, which is at least one frame after an input dispatched
  // at the start of a frame, since the engine answers from its worker.
  // In the benchmark's line format the figure is the p95 of "drawn" against the frame budget of the
  // target (p95 under 16 ms), so its ratio is at most 1 when the target holds.
  const drawnP95 = pct(samples.toDraw, 0.95);
  const result = {
    workload: 'browser: slider input to the chart redrawn, exp(2x²·sin x), 200 moves, p95',
    gradsheet_ms: drawnP95,
    peer: 'frame budget',
    peer_ms: 16,
    ratio: Number((drawnP95 / 16).toFixed(3)),
    drawn_p50_ms: pct(samples.toDraw, 0.5),
    drawn_p95_ms: drawnP95,
    frame_p50_ms: pct(samples.toFrame, 0.5),
    frame_p95_ms: pct(samples.toFrame, 0.95),
  };
  console.log(
    json
      ? JSON.stringify(result)
      : `${result.workload}: chart drawn p50 ${result.drawn_p50_ms} ms, p95 ${result.drawn_p95_ms} ms; next frame p50 ${result.frame_p50_ms} ms, p95 ${result.frame_p95_ms} ms`,
  );
} finally {
  await browser.close();
  server.kill();
}
