// Values too deep or too big to print (issue 10): a rank-5000 tensor, 100,000 nested tuples and a
// tuple of 2^40 shared values are #LIMIT! cells with a message, the other cells keep computing, and
// the largest shared tuple still allowed shows and inspects in bounded text.
import { type Page, expect, test } from '@playwright/test';
import { cell, openBlankSheet, setTheme, typeInto } from './helpers';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

test('hostile values are #LIMIT! with a message, and the sheet around them keeps working', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=ones(ones(5000))');
  await typeInto(page, 'A2', '=repeat(100000, 1, t => tuple(t))');
  await typeInto(page, 'A3', '=repeat(40, 1, t => tuple(t, t))');
  await typeInto(page, 'B1', '=2 + 3');
  for (const ref of ['A1', 'A2', 'A3']) await expect(cell(page, ref)).toContainText('#LIMIT!');
  await expect(cell(page, 'B1')).toHaveText('5');

  await cell(page, 'A1').click();
  await expect(inspector(page)).toContainText('ones: a tensor of 5,000 dimensions; the limit is 64 dimensions (as in PyTorch)');
  await cell(page, 'A2').click();
  await expect(inspector(page)).toContainText('tuple: it would nest 257 tuples deep; the limit is 256');
  await cell(page, 'A3').click();
  await expect(inspector(page)).toContainText('the limit is 65,536');
  await page.screenshot({ path: 'test-results/values-bounds-limit.png' });

  // Editing goes on: a cell fixed to an allowed size computes.
  await typeInto(page, 'A1', '=ones(ones(3) * 2).sum()');
  await expect(cell(page, 'A1')).toHaveText('8');
});

test('the largest shared tuple allowed shows a cut text and inspects with a bounded repr', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=repeat(15, [1, 2, 3], t => tuple(t, t))');
  await expect(cell(page, 'A1')).toContainText('((((((((((((((([1, 2, 3], [1, 2, 3]), ([1, 2, 3], [1, 2, 3]))');
  await cell(page, 'A1').click();
  const panel = inspector(page);
  await expect(panel).toContainText('tuple of 2');
  await expect(panel.getByLabel('PyTorch repr')).toContainText('not printed past 100,000 characters; the tuple prints as 65,535 values');
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/values-bounds-tuple-dark.png' });
  await setTheme(page, 'light');
});
