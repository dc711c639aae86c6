// Copy, cut and paste as spreadsheet users expect: references shift, cut cells move and take their
// dependents along, Ctrl+Shift+V pastes values, and the clipboard carries the values as an HTML table.
import { expect, test } from '@playwright/test';
import { cell, clickRange, formulaBar, openBlankSheet, setTheme, typeInto } from './helpers';

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openBlankSheet(page);
});

test('a pasted formula has its relative references shifted and its $ parts kept', async ({ page }) => {
  await typeInto(page, 'A1', '5');
  await typeInto(page, 'A3', '7');
  await typeInto(page, 'C1', '100');
  await typeInto(page, 'B1', '=A1*2 + $C$1');
  await cell(page, 'B1').click();
  await page.keyboard.press('Control+C');
  await cell(page, 'B3').click();
  await page.keyboard.press('Control+V');
  await expect(cell(page, 'B3')).toHaveText('114');
  await expect(formulaBar(page)).toHaveText('=A3*2 + $C$1');
  await page.screenshot({ path: 'test-results/clipboard-shifted.png' });
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'B3')).toHaveText('');
  await expect(cell(page, 'B1')).toHaveText('110');
});

test('cut and paste moves the cells and rewrites a dependent; a second paste pastes the text', async ({ page }) => {
  await typeInto(page, 'A1', '3');
  await typeInto(page, 'A2', '=A1*10');
  await typeInto(page, 'C1', '=A1+A2');
  await clickRange(page, 'A1', 'A2');
  await page.keyboard.press('Control+X');
  // Cut cells stay, outlined, until they are pasted.
  await expect(cell(page, 'A2')).toHaveText('30');
  await expect(page.locator('.copy-outline')).toBeVisible();
  await page.screenshot({ path: 'test-results/clipboard-cut-outlined.png' });
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/clipboard-cut-outlined-dark.png' });
  await setTheme(page, 'light');
  await cell(page, 'D4').click();
  await page.keyboard.press('Control+V');
  await expect(cell(page, 'D4')).toHaveText('3');
  await expect(cell(page, 'D5')).toHaveText('30');
  await expect(cell(page, 'A1')).toHaveText('');
  await expect(cell(page, 'A2')).toHaveText('');
  await expect(cell(page, 'C1')).toHaveText('33');
  await expect(page.locator('.copy-outline')).toHaveCount(0);
  await cell(page, 'C1').click();
  await expect(formulaBar(page)).toHaveText('=D4+D5');
  await cell(page, 'D5').click();
  await expect(formulaBar(page)).toHaveText('=D4*10');
  await page.screenshot({ path: 'test-results/clipboard-cut-moved.png' });

  await cell(page, 'F1').click();
  await page.keyboard.press('Control+V');
  await expect(cell(page, 'F1')).toHaveText('3');
  await cell(page, 'F2').click();
  await expect(formulaBar(page)).toHaveText('=A1*10');

  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'F1')).toHaveText('');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'A1')).toHaveText('3');
  await expect(cell(page, 'A2')).toHaveText('30');
  await expect(cell(page, 'D4')).toHaveText('');
  await cell(page, 'C1').click();
  await expect(formulaBar(page)).toHaveText('=A1+A2');
});

test('Ctrl+Shift+V pastes the values shown, not the formulas', async ({ page }) => {
  await typeInto(page, 'A1', '2');
  await typeInto(page, 'B1', '=A1*3.5');
  await typeInto(page, 'C1', "'=not a formula");
  await clickRange(page, 'A1', 'C1');
  await page.keyboard.press('Control+C');
  await cell(page, 'A3').click();
  await page.keyboard.press('Control+Shift+V');
  await expect(cell(page, 'B3')).toHaveText('7');
  await expect(cell(page, 'C3')).toHaveText('=not a formula');
  await cell(page, 'B3').click();
  await expect(formulaBar(page)).toHaveText('7');
  await typeInto(page, 'A1', '4');
  await expect(cell(page, 'B1')).toHaveText('14');
  await expect(cell(page, 'B3')).toHaveText('7');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'B3')).toHaveText('');
});

test('a copy puts the shown values on the clipboard as an HTML table beside the inputs', async ({ page }) => {
  await typeInto(page, 'A1', '1.5');
  await typeInto(page, 'B1', '=A1*2');
  await typeInto(page, 'A2', '<b>&');
  await clickRange(page, 'A1', 'B2');
  await page.keyboard.press('Control+C');
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      types: item.types,
      html: await (await item.getType('text/html')).text(),
      text: await (await item.getType('text/plain')).text(),
    };
  });
  expect(clip.types).toContain('text/html');
  expect(clip.html).toContain('<table><tbody><tr><td>1.5</td><td>3</td></tr><tr><td>&lt;b&gt;&amp;</td><td></td></tr></tbody></table>');
  expect(clip.text).toBe('1.5\t=A1*2\n<b>&\t');
});

test('pasting cut cells over a named cell makes the name and its readers #REF!', async ({ page }) => {
  await typeInto(page, 'A5', '9');
  await cell(page, 'A5').click();
  await page.getByLabel('Name Box').fill('target');
  await page.getByLabel('Name Box').press('Enter');
  await typeInto(page, 'B1', '=target * 2');
  await typeInto(page, 'B2', '=A5 + 1');
  await expect(cell(page, 'B1')).toHaveText('18');
  await typeInto(page, 'A1', '4');
  await cell(page, 'A1').click();
  await page.keyboard.press('Control+X');
  await cell(page, 'A5').click();
  await page.keyboard.press('Control+V');
  await expect(cell(page, 'A5')).toHaveText('4');
  await expect(cell(page, 'B1')).toHaveText('#REF!');
  await expect(cell(page, 'B2')).toHaveText('#REF!');
  await cell(page, 'B2').click();
  await expect(formulaBar(page)).toHaveText('=#REF! + 1');
  // The name is kept, pointing at #REF!, and the Name Box says so rather than redefining it.
  await page.getByLabel('Name Box').fill('target');
  await page.getByLabel('Name Box').press('Enter');
  await expect(page.locator('#name-box-message')).toHaveText('the name "target" points at #REF!, not a cell or range');
  await page.getByLabel('Name Box').press('Escape');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'B1')).toHaveText('18');
  await expect(cell(page, 'A1')).toHaveText('4');
});
