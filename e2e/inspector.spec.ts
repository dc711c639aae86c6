// User flows of the inspector: select a formula cell and read its PyTorch repr and graph, follow a
// precedent link, and see where a NaN or an error began.

import { type Page, expect, test } from '@playwright/test';
import { cell, openBlankSheet, setTheme, typeInto } from './helpers';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

test('a formula cell shows its repr and graph, and a precedent link selects the precedent', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=linspace(-2, 2, 25, requires_grad=true)');
  await typeInto(page, 'A2', '=exp(2 * A1 ** 2 * sin(A1))');
  await expect(cell(page, 'A2').locator('.shape-badge')).toHaveAttribute('data-shape', '25');

  await cell(page, 'A2').click();
  const panel = inspector(page);
  const repr = panel.getByLabel('PyTorch repr');
  await expect(repr).toContainText('grad_fn=<ExpBackward0>');
  await expect(repr).toContainText('tensor([6.9307e-04, 1.5157e-03,');
  await expect(panel.locator('.insp-prop', { hasText: 'is_leaf' })).toContainText('False');

  const graph = panel.getByRole('list', { name: 'Computation graph' });
  const rows = graph.getByRole('listitem');
  await expect(rows.first()).toContainText('ExpBackward0');
  await expect(rows.first()).toContainText('A2');
  await expect(rows.filter({ hasText: 'AccumulateGrad' }).first()).toContainText('A1');
  await expect(rows.filter({ hasText: 'SinBackward0' })).toHaveCount(1);

  await setTheme(page, 'light');
  await page.screenshot({ path: 'test-results/inspector-light.png' });
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/inspector-dark.png' });
  await setTheme(page, 'light');

  await panel.getByRole('list', { name: 'Precedents' }).getByRole('button', { name: 'A1' }).click();
  await expect(page.getByLabel('Name Box')).toHaveValue('A1');
  await expect(panel.getByLabel('PyTorch repr')).toContainText('requires_grad=True');
  await expect(panel.getByRole('list', { name: 'Dependents' })).toContainText('A2');

  // A graph node's cell link selects that cell too.
  await cell(page, 'A2').click();
  await rows.filter({ hasText: 'AccumulateGrad' }).first().getByRole('button', { name: 'A1' }).click();
  await expect(page.getByLabel('Name Box')).toHaveValue('A1');
});

test('the inspector shows where a NaN and an error began, and follows new values', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=linspace(-1, 1, 5)');
  await typeInto(page, 'A2', '=sqrt(A1)');
  await typeInto(page, 'B2', '=A2 * 2');
  await typeInto(page, 'A3', '=A1 + [1, 2]');
  await typeInto(page, 'A4', '=A3 * 2');

  await cell(page, 'B2').click();
  const panel = inspector(page);
  await expect(panel.getByLabel('PyTorch repr')).toHaveText('tensor([   nan,    nan, 0.0000, 1.4142, 2.0000])');
  const nan = panel.getByRole('note').filter({ hasText: 'NaN' });
  await expect(nan).toContainText('sqrt');
  // No requires_grad: no PyTorch graph, but the recorded history that grad(y, x) follows.
  await expect(panel.getByRole('list', { name: 'Computation graph' })).toHaveCount(0);
  await expect(panel.getByRole('list', { name: 'Recorded history' })).toContainText('SqrtBackward0');
  await page.screenshot({ path: 'test-results/inspector-nan.png' });
  await nan.getByRole('button', { name: 'A2' }).click();
  await expect(page.getByLabel('Name Box')).toHaveValue('A2');

  await typeInto(page, 'A1', '=linspace(1, 2, 5)');
  await cell(page, 'B2').click();
  await expect(panel.getByLabel('PyTorch repr')).toHaveText('tensor([2.0000, 2.2361, 2.4495, 2.6458, 2.8284])');
  await expect(panel.getByRole('note').filter({ hasText: 'NaN' })).toHaveCount(0);

  await cell(page, 'A4').click();
  const error = panel.getByRole('note').filter({ hasText: '#SHAPE!' });
  await expect(error).toContainText('do not broadcast');
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/inspector-error-dark.png' });
  await error.getByRole('button', { name: 'A3' }).click();
  await expect(page.getByLabel('Name Box')).toHaveValue('A3');

  await cell(page, 'C5').click();
  await expect(panel).toContainText('Empty cell');
  await page.screenshot({ path: 'test-results/inspector-empty-dark.png' });
});
