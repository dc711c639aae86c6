// The formula editor's language features in a cell: completion, signature help, lint.
import { expect, type Page, test } from '@playwright/test';
import { setTheme } from './helpers';

// A cell the first-visit workbook leaves empty, far enough down that popups have room either side.
const REF = 'H8';

async function startTyping(page: Page, text: string) {
  await page.goto('/');
  await expect(page.locator('[role=gridcell][data-ref="A2"]')).not.toBeEmpty({ timeout: 15_000 });
  await page.locator(`[role=gridcell][data-ref="${REF}"]`).click();
  await page.keyboard.type(text);
  return page.locator('.grid-editor .cm-content');
}

test('completion, signature help and a committed formula', async ({ page }) => {
  const editor = await startTyping(page, '=su');
  const popup = page.locator('.cm-tooltip-autocomplete');
  await expect(popup).toBeVisible();
  await expect(popup.locator('li', { hasText: /^sum/ }).first()).toBeVisible();
  // The info panel beside the list shows the selected function's doc, PyTorch name and example.
  // The list can still refresh (from "s" to "su" matches, resetting the selection) while the arrows are pressed,
  // so each step waits for the highlight it caused before deciding whether to press again.
  const selected = popup.locator('li[aria-selected] .cm-completionLabel');
  await expect(async () => {
    if ((await selected.textContent()) !== 'sum') await page.keyboard.press('ArrowDown');
    await expect(selected).toHaveText('sum', { timeout: 250 });
  }).toPass({ timeout: 10_000 });
  await expect(page.locator('.cm-completionInfo .formula-info-torch')).toHaveText('PyTorch: torch.sum');
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await page.screenshot({ path: `test-results/editor-completion-${theme}.png` });
  }
  await setTheme(page, 'light');
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await expect(editor).toHaveText('=sum');

  await page.keyboard.type('([1, 2, 3], ');
  const sig = page.locator('.formula-sig');
  await expect(sig).toBeVisible();
  await expect(sig.locator('.formula-sig-line')).toHaveText('sum(input, dim=None, keepdim=False)');
  await expect(sig.locator('.formula-sig-active')).toHaveText('dim=None');
  await expect(sig.locator('.formula-sig-torch')).toHaveText('PyTorch: torch.sum');
  // Right after the comma the keywords still open are offered.
  await expect(popup.locator('.cm-completionLabel', { hasText: 'keepdim=' })).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await page.screenshot({ path: `test-results/editor-signature-${theme}.png` });
  }
  await setTheme(page, 'light');

  await page.keyboard.type('dim=0)');
  await expect(sig).toHaveCount(0);
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await expect(page.locator('.grid-editor')).toHaveCount(0);
  await expect(page.locator(`[role=gridcell][data-ref="${REF}"]`)).toContainText('6');
});

test('accepting a completion with Enter', async ({ page }) => {
  const editor = await startTyping(page, '=mse_l');
  await expect(page.locator('.cm-tooltip-autocomplete')).toBeVisible();
  // CodeMirror ignores Enter for ~75 ms after the popup opens, so a fast typist's Enter still commits.
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await expect(editor).toHaveText('=mse_loss');
  await page.keyboard.type('([1, 2], [1, 4], reduction=');
  const values = page.locator('.cm-tooltip-autocomplete .cm-completionLabel');
  await expect(values).toHaveText(['"mean"', '"sum"', '"none"']);
  await page.waitForTimeout(150);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveText('=mse_loss([1, 2], [1, 4], reduction="sum"');
  await page.keyboard.type(')');
  await page.keyboard.press('Enter');
  await expect(page.locator(`[role=gridcell][data-ref="${REF}"]`)).toContainText('4');
});

test('a syntax error shows a diagnostic', async ({ page }) => {
  await startTyping(page, '=1 +* 2');
  const mark = page.locator('.grid-editor .cm-lintRange-error');
  await expect(mark).toHaveText('*');
  await mark.hover();
  const tip = page.locator('.cm-tooltip-lint');
  await expect(tip).toContainText('unexpected "*" at position 3');
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await page.screenshot({ path: `test-results/editor-lint-${theme}.png` });
  }
});

test('Enter on exactly what was typed commits instead of accepting', async ({ page }) => {
  await startTyping(page, '=abs');
  await expect(page.locator('.cm-tooltip-autocomplete')).toBeVisible();
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await expect(page.locator('.grid-editor')).toHaveCount(0);
  await page.locator(`[role=gridcell][data-ref="${REF}"]`).click();
  await expect(page.getByLabel('Formula bar')).toHaveText('=abs');
});
