// A PyTorch learner types the tutorials' lines as the tutorials write them (torch. and F. prefixes,
// 1. literals, True, tuples, dtype=, methods and attributes) into cells with mouse and keyboard, and
// the grid shows what PyTorch prints.
import { type Page, expect, test } from '@playwright/test';
import { cell, clickAndType, clickCell, openBlankSheet, openExample, setTheme } from './helpers';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

test.beforeEach(async ({ page }) => openBlankSheet(page));

test('the blitz tutorial typed as written: torch.ones, methods, x.grad after out.backward()', async ({ page }) => {
  await clickAndType(page, 'A1', '=torch.ones(2, 2, requires_grad=True)');
  await clickAndType(page, 'A2', '=A1 + 2');
  await clickAndType(page, 'A3', '=A2.grad_fn');
  await clickAndType(page, 'A4', '=A2 * A2 * 3');
  await clickAndType(page, 'A5', '=A4.mean()');
  await clickAndType(page, 'A6', '=A5.backward()');
  await clickAndType(page, 'A7', '=A1.grad');
  await clickAndType(page, 'B1', '=(A1 + 2).sum()');
  await clickAndType(page, 'B2', '=torch.autograd.grad(B1, A1)');
  await clickAndType(page, 'B3', '=(A1, 2.)');
  await clickAndType(page, 'B4', '=A1.is_leaf');
  await clickAndType(page, 'B5', '=F.mse_loss(A1, torch.zeros(2, 2))');
  // PyTorch: tensor([[1., 1.], [1., 1.]], requires_grad=True); y.grad_fn is an AddBackward0; out is 27;
  // x.grad is 4.5 everywhere; (x + 2).sum() is 12 and its gradient all ones; mse_loss of ones is 1.
  await expect(cell(page, 'A1')).toHaveText('[[1, 1], [1, 1]]');
  await expect(cell(page, 'A1').locator('.mark-grad')).toBeVisible();
  await expect(cell(page, 'A3')).toHaveText('AddBackward0');
  await expect(cell(page, 'A5')).toHaveText('27');
  await expect(cell(page, 'A7')).toHaveText('[[4.5, 4.5], [4.5, 4.5]]');
  await expect(cell(page, 'A7').locator('.mark-grad')).toHaveCount(0);
  await expect(cell(page, 'B1')).toHaveText('12');
  await expect(cell(page, 'B2')).toHaveText('[[1, 1], [1, 1]]');
  await expect(cell(page, 'B3')).toContainText('[[1, 1], [1, 1]]');
  await expect(cell(page, 'B3')).toContainText('2');
  await expect(cell(page, 'B4')).toHaveText(/true/i);
  await expect(cell(page, 'B5')).toHaveText('1');
  await page.screenshot({ path: 'test-results/tutorial-spellings-light.png' });
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/tutorial-spellings-dark.png' });
});

test('the fundamentals tutorial: linspace with 0. and math.pi, a float32 tensor that says how it is computed', async ({ page }) => {
  await clickAndType(page, 'A1', '=torch.linspace(0., 2. * math.pi, steps=25, requires_grad=True)');
  await clickAndType(page, 'A2', '=torch.sin(A1)');
  await clickAndType(page, 'A3', '=(2 * A2 + 1).sum()');
  await clickAndType(page, 'A4', '=A3.grad_fn');
  await clickAndType(page, 'A5', '=torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float32)');
  // PyTorch: out = d.sum() is 25 (sin sums to zero over a whole period), SumBackward0.
  await expect(cell(page, 'A3')).toHaveText('25'); // 25.000000000000004, in the General format
  await expect(cell(page, 'A4')).toHaveText('SumBackward0');
  await expect(cell(page, 'A5')).toHaveText('[0.1, 1, 0.0001]');
  // The note is the cell's tooltip (hover) and a note in the inspector.
  await expect(cell(page, 'A5').locator('.cell-value')).toHaveAttribute('title', /torch\.float32 is computed in float64/);
  await clickAndType(page, 'A6', '=torch.sin_(A1)');
  await expect(cell(page, 'A6')).toHaveText('#VALUE!');
  await cell(page, 'A5').click();
  await expect(inspector(page).getByRole('note').filter({ hasText: 'torch.float32' })).toBeVisible();
  await page.screenshot({ path: 'test-results/tutorial-spellings-float32.png' });
});

test('the Learn the Basics example reads as its tutorial: loss.backward(), then w.grad and b.grad', async ({ page }) => {
  await openExample(page, 'Automatic differentiation with torch.autograd');
  await expect(page.getByRole('tab', { name: 'Autograd', exact: true })).toHaveAttribute('aria-selected', 'true');
  // PyTorch's b.grad for the golden case's w and b: [0.1083, 0.0369, 0.0726].
  await expect(cell(page, 'A13')).toHaveText('[0.10829992861, 0.036939108744, 0.072596413494]', { timeout: 15_000 });
  await clickCell(page, 'A11');
  await expect(page.getByRole('textbox', { name: 'Formula bar' })).toHaveText('=loss.backward()');
  await clickCell(page, 'A7');
  await expect(page.getByRole('textbox', { name: 'Formula bar' })).toHaveText(
    '=torch.nn.functional.binary_cross_entropy_with_logits(z, y)',
  );
  await page.screenshot({ path: 'test-results/tutorial-spellings-basics.png' });
});
