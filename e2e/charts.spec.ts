// User flows of charts and sliders: add a chart and see it redraw when a cell changes, plot f and
// df/dx, and drag a slider that a chart depends on.

import { type Locator, type Page, expect, test } from '@playwright/test';
import { cell, chartPixels as pixels, openBlankSheet, typeInto, setTheme } from './helpers';

const charts = (page: Page) => page.getByRole('region', { name: 'Charts' });
const figure = (page: Page, title: string) => charts(page).locator('figure', { has: page.locator('figcaption', { hasText: title }) });

const setCell = typeInto;
/** Where screenshots go: test-results/, or E2E_SHOTS when set (another run may empty test-results/ meanwhile). */
const shot = (name: string) => `${process.env.E2E_SHOTS ?? 'test-results'}/${name}.png`;

async function addChart(page: Page, x: string, y: string, title: string): Promise<Locator> {
  await charts(page).getByRole('button', { name: 'Add chart' }).click();
  const form = page.getByRole('form', { name: 'Add chart' });
  if (title === 'Function and gradient') await page.screenshot({ path: shot('charts-form') });
  await form.getByLabel('x cell').fill(x);
  await form.getByLabel('y cells').fill(y);
  await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  const fig = figure(page, title);
  await expect(fig).toBeVisible();
  return fig;
}

// The sheet the first visit used to open: f = exp(2x²·sin x) on 25 points, and its gradient.
test.beforeEach(async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=linspace(-2, 2, 25, requires_grad=true)');
  await typeInto(page, 'A2', '=exp(2 * A1 ** 2 * sin(A1))');
  await typeInto(page, 'A3', '=grad(A2, A1, ones_like(A2))');
  await expect(cell(page, 'A3').locator('.shape-badge')).toHaveAttribute('data-shape', '25', { timeout: 15_000 });
});

test('a chart of the first sheet draws, and redraws when a cell changes', async ({ page }) => {
  const fig = await addChart(page, 'A1', 'A2, A3', 'Function and gradient');
  await expect(fig.locator('figcaption')).toHaveText('Function and gradient');
  await expect(fig.getByRole('list', { name: 'Legend' })).toContainText('A2');
  await expect(fig.getByRole('list', { name: 'Legend' })).toContainText('A3');
  await expect.poll(async () => (await pixels(fig)).drawn).toBeGreaterThan(2000);
  const before = await pixels(fig);
  await page.screenshot({ path: shot('charts-light') });

  await setCell(page, 'A2', '=A1 ** 3');
  await expect.poll(async () => (await pixels(fig)).print).not.toBe(before.print);

  // The theme's colors: a redraw, not a new chart.
  const light = await pixels(fig);
  await setTheme(page, 'dark');
  await expect.poll(async () => (await pixels(fig)).print).not.toBe(light.print);
  await page.screenshot({ path: shot('charts-dark') });
  await setTheme(page, 'light');

  // A bad cell: a message instead of a drawing.
  await setCell(page, 'A3', '=ones(2, 2)');
  await expect(fig.getByRole('status')).toHaveText('A3 is 2×2; a chart draws 1-D tensors (flatten it or pick a row)');
  await expect(fig.locator('canvas')).toBeHidden();
  await setCell(page, 'A3', '=A1[:10]');
  await expect(fig.getByRole('status')).toHaveText('A3 has 10 elements but A1 has 25');
  await setTheme(page, 'dark');
  await page.screenshot({ path: shot('charts-problem-dark') });
  await setTheme(page, 'light');
  await setCell(page, 'A3', '=grad(A2, A1, ones_like(A2))');
  await expect(fig.locator('canvas')).toBeVisible();

  // Edit, move and remove.
  await addChart(page, '', 'A1', 'Second');
  await expect(charts(page).locator('figcaption')).toHaveText(['Function and gradient', 'Second']);
  await figure(page, 'Second').getByRole('button', { name: 'Move chart up' }).click();
  await expect(charts(page).locator('figcaption')).toHaveText(['Second', 'Function and gradient']);
  await figure(page, 'Second').getByRole('button', { name: 'Edit chart' }).click();
  const edit = page.getByRole('form', { name: 'Edit chart' });
  await edit.getByLabel('Title').fill('Renamed');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(charts(page).locator('figcaption')).toHaveText(['Renamed', 'Function and gradient']);
  await figure(page, 'Renamed').getByRole('button', { name: 'Remove chart' }).click();
  await expect(charts(page).locator('figcaption')).toHaveText(['Function and gradient']);

  // The selection as x and y: the form proposes it, and "Use selection" takes it again.
  await cell(page, 'A1').click();
  await cell(page, 'A3').click({ modifiers: ['Shift'] });
  await charts(page).getByRole('button', { name: 'Add chart' }).click();
  const add = page.getByRole('form', { name: 'Add chart' });
  await expect(add.getByLabel('x cell')).toHaveValue('A1');
  await expect(add.getByLabel('y cells')).toHaveValue('A2, A3');
  await add.getByLabel('x cell').fill('');
  await add.getByLabel('y cells').fill('');
  await add.getByRole('button', { name: 'Use selection' }).click();
  await expect(add.getByLabel('y cells')).toHaveValue('A2, A3');
  await add.getByRole('button', { name: 'Cancel' }).click();
  await expect(add).toBeHidden();
});

test('Plot f and df/dx writes the gradient beside f and charts both', async ({ page }) => {
  const plot = charts(page).getByRole('button', { name: 'Plot f and df/dx' });
  await cell(page, 'D1').click();
  await expect(plot).toBeDisabled();
  await cell(page, 'A2').click();
  await expect(plot).toBeEnabled();
  await plot.click();
  await expect(charts(page).getByRole('status').first()).toHaveText('Wrote df/dx in B2: =grad(A2, A1, ones_like(A2))');
  await expect.poll(async () => (await pixels(figure(page, 'f and df/dx'))).drawn).toBeGreaterThan(2000);
  // The new chart is scrolled into view, below the inspector.
  await expect(figure(page, 'f and df/dx')).toBeInViewport({ ratio: 0.95 });
  await page.screenshot({ path: shot('charts-derivative') });
  await cell(page, 'B2').click();
  await expect(page.getByRole('textbox', { name: 'Formula bar' })).toHaveText('=grad(A2, A1, ones_like(A2))');
  await expect(cell(page, 'B2').locator('.shape-badge')).toHaveAttribute('data-shape', '25');
  const fig = figure(page, 'f and df/dx');
  await expect(fig.getByRole('list', { name: 'Legend' })).toHaveText(/x = A1.*A2.*B2/);
  await expect.poll(async () => (await pixels(fig)).drawn).toBeGreaterThan(2000);
  // B2 holds A3's formula, so the two agree.
  await expect(cell(page, 'B2')).toHaveText((await cell(page, 'A3').textContent())!);
});

test('dragging a slider redraws the chart that depends on it, as one undo step', async ({ page }) => {
  await setCell(page, 'D1', '0.5');
  await setCell(page, 'E1', '=linspace(-2, 2, 50)');
  await setCell(page, 'E2', '=sin(D1 * E1 * 3)');
  await expect(cell(page, 'E2').locator('.shape-badge')).toHaveAttribute('data-shape', '50');

  await cell(page, 'D1').click();
  await charts(page).getByRole('button', { name: 'Slider' }).click();
  const form = page.getByRole('form', { name: 'Slider for D1' });
  await expect(form.getByLabel('min')).toHaveValue('-1');
  await expect(form.getByLabel('max')).toHaveValue('1');
  await expect(form.getByLabel('step')).toHaveValue('0.01');
  await page.screenshot({ path: shot('slider-form') });
  await form.getByRole('button', { name: 'Show as slider' }).click();
  const slider = page.getByRole('slider', { name: 'Slider D1' });
  await expect(slider).toHaveValue('0.5');

  const fig = await addChart(page, 'E1', 'E2', 'sin(a·x)');
  await expect.poll(async () => (await pixels(fig)).drawn).toBeGreaterThan(2000);
  const start = await pixels(fig);
  const undoSize = async () => page.getByRole('button', { name: 'Undo' }).isEnabled();
  expect(await undoSize()).toBe(true);

  // Drag the thumb from 0.5 (three quarters along) towards the left, stopping midway without releasing.
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  const xAt = (v: number) => box.x + 8 + ((v + 1) / 2) * (box.width - 16);
  await page.mouse.move(xAt(0.5), y);
  await page.mouse.down();
  await page.mouse.move(xAt(0), y, { steps: 8 });
  await expect.poll(async () => (await pixels(fig)).print).not.toBe(start.print);
  const midway = await pixels(fig);
  const midValue = Number(await slider.inputValue());
  expect(midValue).toBeLessThan(0.4);
  await page.mouse.move(xAt(-0.6), y, { steps: 8 });
  await expect.poll(async () => (await pixels(fig)).print).not.toBe(midway.print);
  await page.mouse.up();
  const end = Number(await slider.inputValue());
  expect(end).toBeLessThan(midValue);
  await cell(page, 'D1').click({ position: { x: 105, y: 13 } });
  await expect(page.getByRole('textbox', { name: 'Formula bar' })).toHaveText(String(end));
  await page.screenshot({ path: shot('slider-light') });
  await setTheme(page, 'dark');
  await page.screenshot({ path: shot('slider-dark') });
  await setTheme(page, 'light');

  // The whole drag is one undo step back to 0.5.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(slider).toHaveValue('0.5');
  await expect.poll(async () => (await pixels(fig)).print).toBe(start.print);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(slider).toHaveValue(String(end));

  // From the keyboard: an arrow moves the slider one step (not the grid's selection), one undo step each.
  const nameBox = await page.getByLabel('Name Box').inputValue();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  const stepped = String(Number((end + 0.01).toFixed(2)));
  await expect(slider).toHaveValue(stepped);
  await expect(page.getByLabel('Name Box')).toHaveValue(nameBox);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(slider).toHaveValue(String(end));
});
