// User flows of a chart's axes and view: y labels of large numbers are never cut off, series are named
// after their cells' names or headers, drag zooms and double-click resets, a log y scale, and a chart
// shows only with its own sheet.

import { type Locator, type Page, expect, test } from '@playwright/test';
import { addChart, cell, chartPixels as pixels, chartsPanel, openBlankSheet, setTheme, typeInto } from './helpers';

const shot = (name: string) => `${process.env.E2E_SHOTS ?? 'test-results'}/${name}.png`;

/**
 * Where the y axis's labels are drawn, in page coordinates: the box of every drawn pixel left of the plot
 * area (minus the ticks), with the canvas's box. A label cut off by the canvas's edge touches its left side.
 */
async function yLabelBox(fig: Locator) {
  return fig.evaluate((f) => {
    const canvas = f.querySelector('canvas')!;
    const over = f.querySelector<HTMLElement>('.u-over')!;
    const c = canvas.getBoundingClientRect();
    const o = over.getBoundingClientRect();
    const ratio = canvas.width / c.width;
    const right = Math.floor((o.left - c.left - 5) * ratio);
    const bottom = Math.floor((o.bottom - c.top) * ratio);
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, right, bottom);
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    for (let y = 0; y < bottom; y++)
      for (let x = 0; x < right; x++) {
        if (data[(y * right + x) * 4 + 3] === 0) continue;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    return {
      labels: {
        left: c.left + minX / ratio,
        right: c.left + (maxX + 1) / ratio,
        top: c.top + minY / ratio,
        bottom: c.top + (maxY + 1) / ratio,
      },
      canvas: { left: c.left, right: c.right, top: c.top, bottom: c.bottom },
      figure: f.getBoundingClientRect().toJSON() as DOMRect,
    };
  });
}

/** Drags across the plot area from one share of its width to another (Shift held when `shift`). */
async function dragAcross(page: Page, fig: Locator, from: number, to: number, shift = false) {
  const box = (await fig.locator('.u-over').boundingBox())!;
  const y = box.y + box.height / 2;
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to, y, { steps: 6 });
  await page.mouse.up();
  if (shift) await page.keyboard.up('Shift');
}

test.beforeEach(async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', 't');
  await typeInto(page, 'B1', 'Revenue');
  await typeInto(page, 'A2', '=linspace(0, 1, 30)');
  // Values in the thousands whose ticks need decimals: labels such as "12,345.01".
  await typeInto(page, 'B2', '=12345 + A2 * 0.05');
  await typeInto(page, 'C2', '=12345 + A2 ** 2 * 0.04');
  await page.getByLabel('Name Box').fill('C2');
  await page.getByLabel('Name Box').press('Enter');
  await page.getByLabel('Name Box').fill('cost');
  await page.getByLabel('Name Box').press('Enter');
  await expect(cell(page, 'C2').locator('.shape-badge')).toHaveAttribute('data-shape', '30', { timeout: 15_000 });
});

test('y labels of numbers in the thousands are whole, and series are named after their names or headers', async ({ page }) => {
  const fig = await addChart(page, 'A2', 'B2, C2', 'Thousands');
  await expect.poll(async () => (await pixels(fig)).drawn).toBeGreaterThan(2000);

  const legend = fig.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText(['x = t', 'Revenue', 'cost']);
  await expect(legend).not.toContainText('B2');

  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expect.poll(async () => (await pixels(fig)).drawn).toBeGreaterThan(2000);
    const { labels, canvas, figure } = await yLabelBox(fig);
    // The labels were found, are as wide as "12,345.01" (not a stray tick), and sit inside the canvas with room to spare.
    expect(labels.right - labels.left).toBeGreaterThan(35);
    expect(labels.left).toBeGreaterThan(canvas.left + 0.5);
    expect(labels.right).toBeLessThanOrEqual(canvas.right);
    expect(labels.top).toBeGreaterThanOrEqual(canvas.top);
    expect(labels.bottom).toBeLessThanOrEqual(canvas.bottom);
    expect(labels.left).toBeGreaterThan(figure.left);
    await fig.screenshot({ path: shot(`charts-axes-thousands-${theme}`) });
  }
  await setTheme(page, 'light');

  // A header typed later renames the series at once.
  await typeInto(page, 'B1', 'Income');
  await expect(legend.getByRole('listitem')).toHaveText(['x = t', 'Income', 'cost']);
});

test('dragging zooms into an x range, Shift+drag pans, and a double-click or Reset zoom shows all again', async ({ page }) => {
  const fig = await addChart(page, 'A2', 'B2, C2', 'Zoom');
  await expect.poll(async () => (await pixels(fig)).drawn).toBeGreaterThan(2000);
  const whole = await pixels(fig);
  const reset = fig.getByRole('button', { name: 'Reset zoom' });
  await expect(reset).toBeHidden();

  await dragAcross(page, fig, 0.2, 0.5);
  await expect(reset).toBeVisible();
  await expect.poll(async () => (await pixels(fig)).print).not.toBe(whole.print);
  const zoomed = await pixels(fig);
  await expect(fig.getByText('Zoomed in: Shift+drag pans, double-click shows all.')).toBeVisible();
  await fig.screenshot({ path: shot('charts-axes-zoomed') });

  // A new number keeps the zoom.
  await typeInto(page, 'B2', '=12345 + A2 * 0.06');
  await expect.poll(async () => (await pixels(fig)).print).not.toBe(zoomed.print);
  await expect(reset).toBeVisible();
  const edited = await pixels(fig);

  await dragAcross(page, fig, 0.6, 0.3, true);
  await expect.poll(async () => (await pixels(fig)).print).not.toBe(edited.print);
  await expect(reset).toBeVisible();

  const over = (await fig.locator('.u-over').boundingBox())!;
  await page.mouse.dblclick(over.x + over.width / 2, over.y + over.height / 2);
  await expect(reset).toBeHidden();
  await typeInto(page, 'B2', '=12345 + A2 * 0.05');
  await expect.poll(async () => (await pixels(fig)).print).toBe(whole.print);

  await dragAcross(page, fig, 0.1, 0.4);
  await expect(reset).toBeVisible();
  await reset.click();
  await expect(reset).toBeHidden();
  await expect.poll(async () => (await pixels(fig)).print).toBe(whole.print);
});

test('the log toggle draws y on a log scale and leaves values ≤ 0 out, saying so', async ({ page }) => {
  const fig = await addChart(page, 'A2', 'B2', 'Log');
  await expect.poll(async () => (await pixels(fig)).drawn).toBeGreaterThan(2000);
  const linear = await pixels(fig);
  const toggle = fig.getByRole('button', { name: 'Log scale' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(fig.getByRole('button', { name: 'Log scale' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await pixels(fig)).print).not.toBe(linear.print);
  await fig.getByRole('button', { name: 'Log scale' }).click();
  await expect(fig.getByRole('button', { name: 'Log scale' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await pixels(fig)).print).toBe(linear.print);

  // t runs from 0: its first value has no place on a log scale.
  const t = await addChart(page, '', 'A2', 'From zero');
  await t.getByRole('button', { name: 'Log scale' }).click();
  await expect(
    chartsPanel(page).locator('figure', { hasText: 'From zero' }).getByText('A2: 1 value ≤ 0 left out of the log scale'),
  ).toBeVisible();
  await chartsPanel(page)
    .locator('figure', { hasText: 'From zero' })
    .screenshot({ path: shot('charts-axes-log') });
});

test('a chart belongs to its sheet: a chart on another sheet is hidden here', async ({ page }) => {
  const first = await page.getByRole('tab', { selected: true }).textContent();
  await addChart(page, 'A2', 'B2', 'Here');
  await page.getByRole('button', { name: 'Add sheet' }).click();
  const second = await page.getByRole('tab', { selected: true }).textContent();
  expect(second).not.toBe(first);
  await expect(chartsPanel(page).locator('figure')).toHaveCount(0);
  await expect(chartsPanel(page)).toContainText('No charts on this sheet yet');

  await typeInto(page, 'A1', '=arange(5)');
  await addChart(page, '', 'A1', 'Elsewhere');
  await expect(chartsPanel(page).locator('figcaption')).toHaveText(['Elsewhere']);
  await page.getByRole('tab', { name: first!, exact: true }).click();
  await expect(chartsPanel(page).locator('figcaption')).toHaveText(['Here']);
  await page.getByRole('tab', { name: second!, exact: true }).click();
  await expect(chartsPanel(page).locator('figcaption')).toHaveText(['Elsewhere']);
});
