// The PyTorch bridge as a learner uses it (SPEC §13): paste a tutorial's code into Import → PyTorch code…,
// see what will not translate, open it as a new workbook and read its cells; Export → PyTorch script
// downloads a script whose text computes each cell with PyTorch.
import { type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cell, clickAndType, openApp, newWorkbook } from './helpers';

const SCRIPT = `import torch

# A leaf, a square and its mean
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
out.backward()
print(x.grad)

class Net(torch.nn.Module):
    pass
`;

/** The value cell beside a source line: the translation puts each statement's source in B and its value in A. */
async function valueOf(page: Page, source: string) {
  const label = page.locator('[role=gridcell][data-ref^="B"]', { hasText: source }).first();
  await expect(label).toBeVisible();
  const ref = (await label.getAttribute('data-ref'))!;
  return cell(page, `A${ref.slice(1)}`);
}

async function openTorchImport(page: Page) {
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('menuitem', { name: /PyTorch code/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import PyTorch code' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a pasted script previews what stays as text, then opens as a live workbook with its gradient', async ({ page }) => {
  await openApp(page);
  const dialog = await openTorchImport(page);
  await dialog.getByRole('textbox', { name: 'PyTorch code' }).fill(SCRIPT);
  await expect(dialog.getByRole('status')).toContainText(/Translates into \d+ cells; 1 statement stays as text/);
  await expect(dialog.getByRole('list', { name: 'Not translated' })).toContainText('line 11');
  await page.screenshot({ path: 'test-results/torch-import-dialog.png' });
  await dialog.getByRole('button', { name: 'Open as a new workbook' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.notice')).toContainText('from PyTorch code as a new workbook');
  // PyTorch prints tensor([[4.5, 4.5], [4.5, 4.5]]) for x.grad, and out is 27.
  await expect(await valueOf(page, 'print(x.grad)')).toHaveText('[[4.5, 4.5], [4.5, 4.5]]');
  await expect(await valueOf(page, 'out = z.mean()')).toHaveText('27');
  // What does not translate stays in the sheet as quoted text, with why beside it.
  const left = page.locator('[role=gridcell][data-ref^="A"]', { hasText: 'class Net(torch.nn.Module)' });
  await expect(left).toBeVisible();
  const row = (await left.getAttribute('data-ref'))!.slice(1);
  await expect(cell(page, `B${row}`)).toContainText('not translated');
  await page.screenshot({ path: 'test-results/torch-import-sheet.png' });

  // The sheet is live: edit the leaf and the gradient follows (d mean(3 (x+2)^2) / dx = 1.5 (x + 2)).
  const leaf = await valueOf(page, 'x = torch.ones(2, 2, requires_grad=True)');
  const leafRef = (await leaf.getAttribute('data-ref'))!;
  await clickAndType(page, leafRef, '=torch.zeros(2, 2, requires_grad=True)');
  await expect(await valueOf(page, 'print(x.grad)')).toHaveText('[[3, 3], [3, 3]]');
});

test('text that is not Python is refused in the preview, and nothing opens', async ({ page }) => {
  await openApp(page);
  const dialog = await openTorchImport(page);
  await dialog.getByRole('textbox', { name: 'PyTorch code' }).fill('x = = (\n');
  await expect(dialog.getByRole('status')).toContainText(/not Python/);
  await expect(dialog.getByRole('button', { name: 'Open as a new workbook' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('Export → PyTorch script downloads a script that prints every cell as JSON', async ({ page }) => {
  await openApp(page);
  await newWorkbook(page);
  await clickAndType(page, 'A1', '=torch.ones(3, requires_grad=True)');
  await clickAndType(page, 'A2', '=(A1 * A1).sum()');
  await clickAndType(page, 'A3', '=grad(A2, A1)');
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /PyTorch script/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Untitled.py');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toMatch(/^import .*\btorch\b/m);
  expect(text).toContain('torch.set_default_dtype(torch.float64)');
  expect(text).toContain('torch.ones(3, requires_grad=True)');
  expect(text).toContain('torch.autograd.grad(');
  for (const label of ['Sheet1!A1', 'Sheet1!A2', 'Sheet1!A3']) expect(text).toContain(`"${label}"`);
});
