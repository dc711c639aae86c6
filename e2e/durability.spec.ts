// Edits that are durable: a tab closed right after typing, the browser killed mid-save, three tabs on one
// workbook with a conflict waiting, and storage that fails. Each checks what a user saw against what came back.
import { type BrowserContext, type Page, chromium, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cell, newWorkbook, openApp, typeInto } from './helpers';

const RUNS = 20;
const valueOf = (i: number) => String(i * 7 + 3);

/** Types the edit of run `i` into A<i>, waits `delayMs` after Enter and returns what the cell shows then. */
async function editThenWait(page: Page, i: number, delayMs: number): Promise<string> {
  await typeInto(page, `A${i}`, valueOf(i));
  if (delayMs > 0) await page.waitForTimeout(delayMs);
  return page.evaluate((ref) => document.querySelector(`[role=gridcell][data-ref="${ref}"]`)?.textContent ?? '', `A${i}`);
}

/** Every edit whose value was shown before the tab or browser went is there again. */
async function expectKept(page: Page, shown: Map<number, string>): Promise<void> {
  for (const [i, text] of shown) if (text === valueOf(i)) await expect(cell(page, `A${i}`)).toHaveText(valueOf(i));
}

test('20 tabs closed 0-50 ms after an edit keep every edit whose value was shown', async ({ context }) => {
  let page = await context.newPage();
  await openApp(page);
  await newWorkbook(page);
  const shown = new Map<number, string>();
  for (let i = 1; i <= RUNS; i++) {
    shown.set(i, await editThenWait(page, i, Math.round(((i - 1) * 50) / (RUNS - 1))));
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    await openApp(page);
    await expectKept(page, shown);
  }
  await page.screenshot({ path: 'test-results/durability-tab-closes.png' });
  // Nearly every value is shown within the 50 ms (the journal is written in a few ms); all of those came back.
  expect([...shown].filter(([i, t]) => t === valueOf(i)).length).toBeGreaterThanOrEqual(RUNS / 2);
});

/** The browser's own process (the one given the profile directory), found among this machine's processes. */
function browserPid(dir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const line = lines.find((l) => l.includes(`--user-data-dir=${dir}`) && !l.includes('--type='));
  if (!line) throw new Error(`no browser process for ${dir}`);
  return Number(line.trim().split(/\s+/)[0]);
}

test('20 browser kills 0-400 ms after an edit keep every edit whose value was shown', async ({ baseURL, viewport }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'gradsheet-kill-'));
  const args = test.info().project.use.launchOptions?.args ?? [];
  const launch = () => chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', args, baseURL, viewport });
  const shown = new Map<number, string>();
  try {
    for (let i = 1; i <= RUNS + 1; i++) {
      const context: BrowserContext = await launch();
      const page = context.pages()[0] ?? (await context.newPage());
      await openApp(page);
      if (i === 1) await newWorkbook(page);
      await expectKept(page, shown);
      if (i > RUNS) {
        await page.screenshot({ path: 'test-results/durability-browser-kills.png' });
        await context.close();
        break;
      }
      shown.set(i, await editThenWait(page, i, Math.round(((i - 1) * 400) / (RUNS - 1))));
      process.kill(browserPid(dir), 'SIGKILL');
      await context.close().catch(() => {});
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect([...shown].filter(([i, t]) => t === valueOf(i)).length).toBeGreaterThanOrEqual(RUNS / 2);
});
