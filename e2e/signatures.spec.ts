// One signature text: the function reference shows what the editor's signature help shows, and a
// special form called wrongly is refused in the words any function uses.
import { expect, test } from '@playwright/test';
import { cell, clickAndType, clickCell, openBlankSheet, setTheme } from './helpers';

test('the function reference and the editor show one signature for a function', async ({ page }) => {
  await openBlankSheet(page);
  await clickCell(page, 'C3');
  await page.keyboard.type('=mse_loss(');
  const sig = page.locator('.formula-sig-line');
  await expect(sig).toHaveText('mse_loss(input, target, *, reduction="mean")');
  const inEditor = await sig.textContent();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Functions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Function reference' });
  await dialog.getByRole('searchbox', { name: 'Search functions' }).fill('mse_loss');
  const entry = dialog.getByRole('article', { name: /^mse_loss\(/ });
  await expect(entry.locator('.ref-sig')).toHaveText(inEditor!);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await page.screenshot({ path: `test-results/signatures-reference-${theme}.png` });
  }
});

test('a special form called wrongly is refused as any function is', async ({ page }) => {
  await openBlankSheet(page);
  await clickAndType(page, 'B2', '=if(1)');
  await clickAndType(page, 'B3', '=mse_loss(1)');
  await expect(cell(page, 'B2')).toHaveText('#VALUE!');
  await clickCell(page, 'B2');
  const note = page.getByRole('note').filter({ hasText: '#VALUE!' });
  await expect(note).toContainText('if: missing argument "then"');
  await clickCell(page, 'B3');
  await expect(note).toContainText('mse_loss: missing argument "target"');
  await page.screenshot({ path: 'test-results/signatures-form-arity.png' });
});
