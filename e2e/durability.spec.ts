// Edits that are durable: a tab closed right after typing, the browser killed mid-save, three tabs on one
// workbook with a conflict waiting, and storage that fails. Each checks what a user saw against what came back.
import { type BrowserContext, type Page, chromium, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cell, clickCell, newWorkbook, openApp, typeInto } from './helpers';

const RUNS = 20;
const valueOf = (i: number) => String(i * 7 + 3);

/**
 * Tells `shown` each run whose value the page showed, the moment its cell's text is in the page (a mutation
 * observer inside the page reports it), so a tab closed or a browser killed right after counts what was on screen.
 */
async function watchShown(context: BrowserContext, shown: Set<number>): Promise<void> {
  await context.exposeBinding('gradsheetShown', (_source, i: number, text: string) => void (text === valueOf(i) && shown.add(i)));
  await context.addInitScript(() => {
    const w = window as unknown as { gradsheetWatch?: number; gradsheetShown(i: number, text: string): Promise<void> };
    new MutationObserver(() => {
      if (w.gradsheetWatch === undefined) return;
      const text = document.querySelector(`[role=gridcell][data-ref="A${w.gradsheetWatch}"]`)?.textContent ?? '';
      void w.gradsheetShown(w.gradsheetWatch, text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Clicks A<i>, types the edit of run `i`, presses Enter and waits `delayMs`. */
async function editThenWait(page: Page, i: number, delayMs: number): Promise<void> {
  await page.evaluate((n) => ((window as { gradsheetWatch?: number }).gradsheetWatch = n), i);
  await clickCell(page, `A${i}`);
  await page.keyboard.type(valueOf(i));
  await page.keyboard.press('Enter');
  if (delayMs > 0) await page.waitForTimeout(delayMs);
}

/** Every edit whose value was shown before the tab or browser went is there again; returns how many of the `runs` came back. */
async function expectKept(page: Page, shown: Set<number>, runs: number): Promise<number> {
  for (const i of shown) await expect(cell(page, `A${i}`)).toHaveText(valueOf(i));
  let kept = 0;
  for (let i = 1; i <= runs; i++) if ((await cell(page, `A${i}`).textContent()) === valueOf(i)) kept++;
  return kept;
}

/** Records how many edits were shown and kept, for the report. */
function note(what: string, shown: Set<number>, kept: number): void {
  test
    .info()
    .annotations.push({ type: what, description: `${shown.size} of ${RUNS} values shown before the end, ${kept} of ${RUNS} edits kept` });
  console.log(`${what}: ${shown.size}/${RUNS} shown, ${kept}/${RUNS} kept`);
}

test('20 tabs closed 0-50 ms after an edit keep every edit whose value was shown', async ({ context }) => {
  const shown = new Set<number>();
  await watchShown(context, shown);
  let page = await context.newPage();
  await openApp(page);
  await newWorkbook(page);
  let kept = 0;
  for (let i = 1; i <= RUNS; i++) {
    await editThenWait(page, i, Math.round(((i - 1) * 50) / (RUNS - 1)));
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    await openApp(page);
    kept = await expectKept(page, shown, i);
  }
  note('tab closes', shown, kept);
  await page.screenshot({ path: 'test-results/durability-tab-closes.png' });
  // Most values are shown within the 50 ms (the journal is written in a few ms); all of those came back.
  expect(shown.size).toBeGreaterThanOrEqual(RUNS / 2);
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
  const { executablePath, args } = test.info().project.use.launchOptions ?? {};
  const launch = () => chromium.launchPersistentContext(dir, { executablePath, args, baseURL, viewport });
  const shown = new Set<number>();
  let kept = 0;
  try {
    for (let i = 1; i <= RUNS + 1; i++) {
      const context: BrowserContext = await launch();
      await watchShown(context, shown);
      const page = context.pages()[0] ?? (await context.newPage());
      await openApp(page);
      if (i === 1) await newWorkbook(page);
      kept = await expectKept(page, shown, i - 1);
      if (i > RUNS) {
        await page.screenshot({ path: 'test-results/durability-browser-kills.png' });
        await context.close();
        break;
      }
      await editThenWait(page, i, Math.round(((i - 1) * 400) / (RUNS - 1)));
      process.kill(browserPid(dir), 'SIGKILL');
      await context.close().catch(() => {});
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  note('browser kills', shown, kept);
  expect(shown.size).toBeGreaterThanOrEqual(RUNS / 2);
});

const conflictNotice = (page: Page) => page.getByRole('alert').filter({ hasText: 'another tab' });

test('a conflict waits for a choice however many tabs open the workbook; a tab closed meanwhile keeps its edits as a copy', async ({
  context,
}) => {
  const one = await context.newPage();
  await openApp(one);
  await newWorkbook(one);
  await typeInto(one, 'A1', '1');
  const two = await context.newPage();
  await openApp(two);
  await expect(cell(two, 'A1')).toHaveText('1');
  // Both tabs edit B1 within a moment of each other: whichever saves second is refused and must choose.
  await clickCell(one, 'B1');
  await one.keyboard.type('111');
  await clickCell(two, 'B1');
  await two.keyboard.type('222');
  await two.keyboard.press('Enter');
  await one.keyboard.press('Enter');
  await expect.poll(async () => (await conflictNotice(one).count()) + (await conflictNotice(two).count())).toBe(1);
  const [loser, winner, mine] = (await conflictNotice(one).count()) ? [one, two, '111'] : [two, one, '222'];
  await expect(conflictNotice(loser).getByRole('button', { name: 'Dismiss' })).toHaveCount(0);

  const three = await context.newPage();
  await openApp(three);
  await expect(cell(three, 'B1')).toHaveText(winner === one ? '111' : '222');
  await expect(three.getByRole('status').filter({ hasText: 'also open in another tab' })).toBeVisible();
  await loser.waitForTimeout(300);
  await expect(conflictNotice(loser)).toBeVisible();
  await expect(conflictNotice(loser).getByRole('button', { name: 'Keep mine as a copy' })).toBeVisible();
  await expect(conflictNotice(loser).getByRole('button', { name: 'Use theirs' })).toBeVisible();
  await expect(cell(loser, 'B1')).toHaveText(mine);
  await loser.screenshot({ path: 'test-results/durability-conflict-third-tab.png' });

  // Closed without choosing: the edits are kept as a copy beside the workbook.
  await loser.close({ runBeforeUnload: false });
  const four = await context.newPage();
  await openApp(four);
  await four.getByRole('button', { name: /^Workbooks/ }).click();
  await four.getByRole('dialog', { name: 'Workbooks' }).getByRole('button', { name: 'Open Untitled (this tab)', exact: true }).click();
  await expect(cell(four, 'B1')).toHaveText(mine);
});

const failures = {
  'a write that throws (quota exceeded)': {
    script: () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as { failStorage?: boolean }).failStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    },
    notice: "Not saved: the browser's storage for this site is full",
    shot: 'quota',
  },
  'a write that is rejected later (the transaction aborts)': {
    script: () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const request = put.apply(this, args);
        if ((window as { failStorage?: boolean }).failStorage) this.transaction.abort();
        return request;
      };
    },
    notice: "Not saved: the browser's storage failed",
    shot: 'abort',
  },
};

for (const [name, failure] of Object.entries(failures)) {
  test(`storage failing, ${name}: the edits stay on the page and a notice says so`, async ({ page }) => {
    await page.addInitScript(failure.script);
    await openApp(page);
    await newWorkbook(page);
    await page.evaluate(() => ((window as { failStorage?: boolean }).failStorage = true));
    await typeInto(page, 'A1', '6');
    await typeInto(page, 'A2', '=A1 * 7');
    await expect(cell(page, 'A2')).toHaveText('42');
    await expect(page.getByRole('alert')).toContainText(failure.notice);
    await page.screenshot({ path: `test-results/durability-storage-failing-${failure.shot}.png` });
    // Storage works again: the next edit saves everything, and a reload shows it.
    await page.evaluate(() => ((window as { failStorage?: boolean }).failStorage = false));
    await typeInto(page, 'A3', '=A2 + 1');
    await expect(cell(page, 'A3')).toHaveText('43');
    await page.waitForTimeout(700);
    await page.reload();
    await expect(cell(page, 'A3')).toHaveText('43');
    await expect(cell(page, 'A1')).toHaveText('6');
  });
}

test('storage unavailable or blocked: the app opens, edits work, and a notice says nothing is saved', async ({ context }) => {
  for (const script of [
    // No IndexedDB at all (some private modes).
    () => Object.defineProperty(window, 'indexedDB', { value: undefined }),
    // A database that never answers (as when another tab holds it blocked).
    () => Object.defineProperty(window, 'indexedDB', { value: { open: () => ({}) } }),
  ]) {
    const page = await context.newPage();
    await page.addInitScript(script);
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('This browser does not let Gradsheet save', { timeout: 15_000 });
    await typeInto(page, 'D1', '=2 ** 5');
    await expect(cell(page, 'D1')).toHaveText('32');
    await page.screenshot({ path: 'test-results/durability-storage-unavailable.png' });
    await page.close();
  }
});
