// The built-in examples and the function reference as a user meets them: the Examples menu opens
// each example in turn (mouse and keyboard), and the reference finds mse_loss.
import { type Page, expect, test } from '@playwright/test';

const cell = (page: Page, ref: string) => page.locator(`[role=gridcell][data-ref="${ref}"]`);

/** Each example's title in the menu, the first sheet's tab, and a key cell with what it shows. */
const EXAMPLES = [
  { title: 'Autograd: automatic differentiation', sheet: 'Autograd', ref: 'A10', shows: '[[4.5, 4.5], [4.5, 4.5]]' },
  { title: 'Automatic differentiation with torch.autograd', sheet: 'Autograd', ref: 'A7', shows: '0.25199259241' },
  { title: 'The fundamentals of autograd', sheet: 'Basics', ref: 'A5', shows: '84.8775' },
  { title: 'Chain rule, accumulation and higher-order gradients', sheet: 'Chain', ref: 'A5', shows: '[8]' },
  { title: 'requires_grad, backward and upstream tensors', sheet: 'Autograd', ref: 'A15', shows: '[[1.5, 1.5], [1.5, 1.5]]' },
  { title: 'exp(2x²·sin x) and its derivative', sheet: 'Curve', ref: 'A4', shows: '[0.00069307009645, 0.00075180712883' },
  { title: 'The autograd profiler', sheet: 'Profiler', ref: 'B2', shows: 'torch.manual_seed(0)' },
  { title: 'Fit a line (Train panel)', sheet: 'Fit', ref: 'B9', shows: 'the loss cell to train' },
  { title: 'Two-layer net (Train panel)', sheet: 'Net', ref: 'B14', shows: 'the loss cell to train' },
];

const setTheme = (page: Page, theme: 'light' | 'dark') =>
  page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
});

test('a first visit opens the first tutorial', async ({ page }) => {
  await expect(cell(page, 'A6')).toContainText('27', { timeout: 15_000 });
  await expect(cell(page, 'B2')).toContainText('x = torch.ones(2, 2, requires_grad=True)');
});

test('the Examples menu opens each example in turn', async ({ page }) => {
  const button = page.getByRole('button', { name: 'Examples' });
  for (const ex of EXAMPLES) {
    await button.click();
    const menu = page.getByRole('menu', { name: 'Examples' });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: ex.title, exact: true }).click();
    await expect(menu).toBeHidden();
    await expect(page.getByRole('tab', { name: ex.sheet, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(cell(page, ex.ref)).toContainText(ex.shows, { timeout: 15_000 });
  }
});

test('the Examples menu works from the keyboard', async ({ page }) => {
  const button = page.getByRole('button', { name: 'Examples' });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const items = page.getByRole('menuitem');
  await expect(items).toHaveCount(EXAMPLES.length);
  await expect(items.first()).toBeFocused();
  await expect(items.first()).toHaveAccessibleDescription(/ones\(2, 2\)/);
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(cell(page, EXAMPLES[2].ref)).toContainText(EXAMPLES[2].shows, { timeout: 15_000 });
});

test('screenshots of the Examples menu, light and dark', async ({ page }) => {
  await expect(cell(page, 'A6')).toContainText('27', { timeout: 15_000 });
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await page.getByRole('button', { name: 'Examples' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.screenshot({ path: `test-results/examples-menu-${theme}.png` });
    await page.keyboard.press('Escape');
  }
});

test('the function reference finds mse_loss and closes with Escape', async ({ page }) => {
  await page.getByRole('button', { name: 'Functions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Function reference' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  const search = dialog.getByRole('searchbox', { name: 'Search functions' });
  await expect(search).toBeFocused();
  await search.fill('mse');
  const entry = dialog.getByRole('article', { name: /^mse_loss\(/ });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Mean squared error between input and target.');
  await expect(entry).toContainText('torch.nn.functional.mse_loss');
  await expect(entry).toContainText('=mse_loss([1, 2], [1, 4])');
  await expect(dialog.getByRole('article')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Functions' })).toBeFocused();
});

test('screenshots of the function reference, light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await page.getByRole('button', { name: 'Functions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Function reference' });
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: `test-results/reference-${theme}.png` });
    await dialog.getByRole('searchbox').fill('loss');
    await page.screenshot({ path: `test-results/reference-loss-${theme}.png` });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
});
