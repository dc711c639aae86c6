// The Train panel as a learner uses it (SPEC §12): open "Fit a line", select the loss cell, open Train, Run,
// watch the loss fall and the chart's line move while the sheet stays editable, Stop, Keep (w and b become
// the trained tensors, as PyTorch spells them), Undo (their formulas are back); and axe finds nothing
// serious or critical in the panel.
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { cell, chartFigure, chartPixels, clickAndType, clickCell, formulaBar, openApp, openExample, setTheme } from './helpers';

const panel = (page: Page) => page.getByRole('region', { name: 'Train' });

/** The latest loss the panel's status line shows; Infinity before there is one. */
async function shownLoss(page: Page): Promise<number> {
  const text = (await panel(page).getByRole('status').textContent()) ?? '';
  const m = /loss (\S+)$/.exec(text);
  return m ? Number(m[1]) : Infinity;
}

async function inputOf(page: Page, ref: string): Promise<string> {
  await clickCell(page, ref);
  return (await formulaBar(page).textContent()) ?? '';
}

async function openTrainOnLoss(page: Page): Promise<void> {
  await openApp(page);
  await openExample(page, 'Fit a line (Train panel)');
  await expect(cell(page, 'A9')).not.toHaveText('');
  await clickCell(page, 'A9');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(panel(page).getByLabel('Loss cell')).toHaveValue('Fit!A9');
}

test('Train fits the line: the loss falls, the chart moves, Stop, Keep, Undo', async ({ page }) => {
  test.setTimeout(120_000);
  await openTrainOnLoss(page);
  const p = panel(page);
  // w and b are offered checked; xs, the data, unchecked.
  await expect(p.getByRole('checkbox', { name: /^w · Fit!A6 \[1\]/ })).toBeChecked();
  await expect(p.getByRole('checkbox', { name: /^b · Fit!A7/ })).toBeChecked();
  await expect(p.getByRole('checkbox', { name: /^xs · Fit!A2/ })).not.toBeChecked();
  await expect(p.getByRole('combobox', { name: /^Optimizer/ })).toHaveValue('adam');
  await expect(p.getByText('torch.optim: 0.9, 0.999')).toBeVisible();

  const fig = chartFigure(page, 'ys and the line pred');
  await expect(fig.locator('canvas')).toBeVisible();
  const before = await chartPixels(fig);
  const initialW = await inputOf(page, 'A6');
  expect(initialW).toBe('=torch.randn(1, seed=1, requires_grad=True)');

  await p.getByLabel('Steps').fill('1000000');
  await p.getByLabel('Steps').press('Tab');
  await p.getByRole('button', { name: 'Run' }).click();
  const bar = p.getByRole('progressbar', { name: 'Training progress' });
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => shownLoss(page), { timeout: 60_000 }).toBeLessThan(0.05);
  // The chart reads pred, which reads w and b: it redrew with the line they are being trained to.
  await expect.poll(async () => (await chartPixels(fig)).print).not.toBe(before.print);
  // The sheet stays editable meanwhile.
  await clickAndType(page, 'D1', '=40 + 2');
  await expect(cell(page, 'D1')).toHaveText('42');

  await page.screenshot({ path: 'test-results/train-panel.png' });
  await p.getByRole('button', { name: 'Stop' }).click();
  await expect(p.getByRole('status')).toContainText('Stopped: step');
  const stoppedAt = Number(await bar.getAttribute('aria-valuenow'));
  expect(stoppedAt).toBeGreaterThan(0);
  await expect(p.getByRole('img', { name: /Loss curve/ }).locator('polyline')).toHaveCount(1);
  // Every step's loss reached the page: the curve is drawn over all of them.
  await expect(p.locator('figcaption')).toContainText(`over ${stoppedAt} steps`);

  await p.getByRole('button', { name: 'Keep' }).click();
  await expect(p.getByText(/^Kept: Fit!A6, Fit!A7/)).toBeVisible();
  const kept = await inputOf(page, 'A6');
  expect(kept).toMatch(/^=torch\.tensor\(\[-?\d+\.\d+(e[-+]\d+)?\], requires_grad=True\)$/);
  // The line was fitted: w is near 2.
  const w = Number(/\[(.*)\]/.exec(kept)![1]);
  expect(Math.abs(w - 2)).toBeLessThan(0.3);
  expect(await inputOf(page, 'A7')).toMatch(/^=torch\.tensor\(\[/);

  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await inputOf(page, 'A6')).toBe(initialW);
  expect(await inputOf(page, 'A7')).toBe('=torch.zeros(1, requires_grad=True)');
  await expect.poll(async () => (await chartPixels(fig)).print).toBe(before.print);
});

test('Discard gives the parameter cells their formulas back, and a bad loss cell is told in words', async ({ page }) => {
  await openTrainOnLoss(page);
  const p = panel(page);
  const fig = chartFigure(page, 'ys and the line pred');
  await expect(fig.locator('canvas')).toBeVisible();
  await page.screenshot({ path: 'test-results/train-panel-open.png' });
  const before = await chartPixels(fig);
  await p.getByLabel('Steps').fill('200');
  await p.getByLabel('Steps').press('Tab');
  await p.getByRole('button', { name: 'Run' }).click();
  await expect(p.getByRole('status')).toContainText('Done: step 200 of 200', { timeout: 30_000 });
  await p.getByRole('button', { name: 'Discard' }).click();
  await expect.poll(async () => (await chartPixels(fig)).print).toBe(before.print);
  expect(await inputOf(page, 'A6')).toBe('=torch.randn(1, seed=1, requires_grad=True)');

  await p.getByLabel('Loss cell').fill('A8');
  await p.getByLabel('Loss cell').press('Enter');
  await expect(p.getByRole('alert')).toContainText('holds a tensor of shape [20]; the loss must be one number');
  await expect(p.getByRole('button', { name: 'Run' })).toBeDisabled();
});

test('Two-layer net: its four parameter cells are offered, and 300 Adam steps bring the loss down', async ({ page }) => {
  await openApp(page);
  await openExample(page, 'Two-layer net (Train panel)');
  await expect(cell(page, 'A14')).not.toHaveText('');
  await clickCell(page, 'A14');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const p = panel(page);
  for (const ref of ['A6', 'A7', 'A8', 'A9']) await expect(p.getByRole('checkbox', { name: new RegExp(`Net!${ref}`) })).toBeChecked();
  const start = Number(/Loss now: (\S+)/.exec((await p.getByText(/^Loss now/).textContent()) ?? '')![1]);
  await p.getByLabel('Steps').fill('300');
  await p.getByLabel('Steps').press('Tab');
  await p.getByRole('button', { name: 'Run' }).click();
  await expect(p.getByRole('status')).toContainText('Done: step 300 of 300', { timeout: 60_000 });
  await page.screenshot({ path: 'test-results/train-panel-net.png' });
  expect(await shownLoss(page)).toBeLessThan(start / 5);
});

test('the Train panel has no serious or critical axe violation', async ({ page }) => {
  test.setTimeout(240_000);
  await openTrainOnLoss(page);
  await panel(page).getByLabel('Steps').fill('50');
  await panel(page).getByLabel('Steps').press('Tab');
  await panel(page).getByRole('button', { name: 'Run' }).click();
  await expect(panel(page).getByRole('status')).toContainText('Done', { timeout: 30_000 });
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    const { violations } = await new AxeBuilder({ page }).include('[aria-label="Train"]').analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious, `axe on the Train panel, ${theme} theme`).toEqual([]);
  }
});
