// The backward pass, seen: on the first tutorial, step through out's backward pass in autograd's order
// and read the gradient arriving at the leaf x; then, in a new workbook, the inspector of x.grad lists
// each backward root's contribution and their sum.
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { cell, clickCell, newWorkbook, openApp, setTheme, typeInto } from './helpers';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

/** axe-core on the inspector in both themes: no serious or critical violation. */
async function expectAccessibleInspector(page: Page): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    const { violations } = await new AxeBuilder({ page }).include('section.inspector').analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await setTheme(page, 'light');
}

test('stepping through the blitz backward pass reaches x with 4.5 everywhere', async ({ page }) => {
  await openApp(page);
  await expect(cell(page, 'A6')).toContainText('27', { timeout: 15_000 }); // out = z.mean()
  await clickCell(page, 'A6');
  const view = inspector(page).getByRole('group', { name: 'Backward pass' });
  await expect(view).toContainText('The backward root in A9 (backward with v = 1): its graph holds this cell.');
  const status = view.getByRole('status');
  await expect(status).toContainText('Ready: 5 steps');
  const graph = view.getByRole('list', { name: 'Backward graph' });
  await expect(graph.getByRole('listitem').first()).toContainText('MeanBackward0');
  await expect(graph.getByRole('listitem').first()).toContainText('this cell');

  const step = view.getByRole('button', { name: 'Step', exact: true });
  await step.click();
  await expect(status).toHaveText('Step 1 of 5: MeanBackward0 (A6) runs its backward rule.');
  await expect(view.getByLabel('Incoming gradient')).toHaveText('1');
  await expect(cell(page, 'A6')).toHaveAttribute('data-backward-step', '');
  // Keyboard: Step has focus; Enter takes the next steps.
  await step.focus();
  for (let k = 2; k <= 5; k++) await page.keyboard.press('Enter');
  await expect(status).toHaveText('Step 5 of 5: AccumulateGrad (A2) accumulates into .grad.');
  await expect(view.getByLabel('Incoming gradient')).toHaveText('[[4.5, 4.5], [4.5, 4.5]]');
  await expect(graph.locator('[aria-current=step]')).toContainText('AccumulateGrad');
  await expect(cell(page, 'A2')).toHaveAttribute('data-backward-step', '');
  await expect(cell(page, 'A6')).not.toHaveAttribute('data-backward-step', '');
  await expect(step).toBeDisabled();
  // The mark is the grid's own: scrolled out of view and back, the cell is drawn marked again.
  const grid = page.getByRole('grid');
  await grid.hover();
  await page.mouse.wheel(0, 6000);
  await expect(cell(page, 'A2')).toHaveCount(0);
  await page.mouse.wheel(0, -6000);
  await expect(cell(page, 'A2')).toHaveAttribute('data-backward-step', '');

  await view.getByRole('button', { name: 'Back' }).click();
  await expect(status).toHaveText('Step 4 of 5: AddBackward0 (A3) runs its backward rule.');
  await expect(view.getByLabel('Incoming gradient')).toHaveText('[[4.5, 4.5], [4.5, 4.5]]');

  await expectAccessibleInspector(page);
  await view.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/backward-view-light.png' });
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/backward-view-dark.png' });
  await setTheme(page, 'light');

  // A grad(...) cell shows its own pass: z.backward(v) read at x.
  await clickCell(page, 'A11');
  await expect(view).toContainText("This cell's grad(A5, A2, v): the backward pass from A5 with v = [0.25, 0.5, 0.75, …], read at A2.");
  await expect(status).toContainText('Ready: 4 steps');
  await expect(graph.locator('li', { hasText: 'AccumulateGrad' }).locator('.bw-focus')).toHaveText('x');
  await step.click();
  await expect(view.getByLabel('Incoming gradient')).toHaveText('[[0.25, 0.5], [0.75, 1]]');
  for (let k = 2; k <= 4; k++) await step.click();
  await expect(status).toHaveText('Step 4 of 4: AccumulateGrad (A2) accumulates into .grad.');
  await expect(view.getByLabel('Incoming gradient')).toHaveText('[[4.5, 9], [13.5, 18]]');
  await expect(cell(page, 'A11')).toHaveText('[[4.5, 9], [13.5, 18]]');
});

test('the inspector of x.grad lists each backward root, its v and contribution, and their sum', async ({ page }) => {
  await openApp(page);
  await newWorkbook(page);
  await typeInto(page, 'A1', '=tensor([1., 2.], requires_grad=True)');
  await typeInto(page, 'A2', '=backward((A1 * A1).sum())');
  await typeInto(page, 'A3', '=backward(A1 * 3, tensor([1., 10.]))');
  await typeInto(page, 'A4', '=A1.grad');
  await expect(cell(page, 'A4')).toHaveText('[5, 34]');
  await clickCell(page, 'A4');
  const acc = inspector(page).getByRole('group', { name: 'Accumulation' });
  await expect(acc).toContainText('PyTorch adds every backward() into .grad until zero_grad()');
  const rows = acc.getByRole('table', { name: 'Backward roots' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('A2');
  await expect(rows.nth(0)).toContainText('[2, 4]');
  await expect(rows.nth(1)).toContainText('A3');
  await expect(rows.nth(1)).toContainText('[1, 10]');
  await expect(rows.nth(1)).toContainText('[3, 30]');
  await expect(acc.getByLabel('Sum')).toHaveText('[5, 34]');
  await expectAccessibleInspector(page);
  await acc.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/backward-accumulation-light.png' });
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/backward-accumulation-dark.png' });
});

test('a graph of about thirty nodes stays readable, with each shared node drawn once', async ({ page }) => {
  await openApp(page);
  await newWorkbook(page);
  await typeInto(page, 'A1', '=linspace(-1, 1, 5, requires_grad=True)');
  await typeInto(page, 'A2', '=repeat(9, A1, y => sin(y) * 0.9 + y)');
  await typeInto(page, 'A3', '=A2.sum()');
  await expect(cell(page, 'A3').locator('.mark-grad')).toBeVisible();
  await clickCell(page, 'A3');
  const view = inspector(page).getByRole('group', { name: 'Backward pass' });
  await expect(view).toContainText('this tensor is the root, with v = ones of its shape (1)');
  await expect(view.getByRole('status')).toContainText('Ready: 29 steps');
  const graph = view.getByRole('list', { name: 'Backward graph' });
  // 29 nodes, and each of the 9 shared inputs (y, read twice) appears once more as a link.
  await expect(graph.getByRole('listitem')).toHaveCount(38);
  await expect(graph.getByRole('button', { name: '↑ drawn above' })).toHaveCount(9);
  // A shared node's link steps to where it is drawn with its inputs.
  const repeat = graph.locator('li.repeat').last();
  const name = (await repeat.locator('.insp-fn').textContent()) ?? '';
  await repeat.getByRole('button', { name: '↑ drawn above' }).click();
  await expect(graph.locator('[aria-current=step] .insp-fn')).toHaveText(name);
  await expect(view.getByRole('status')).toContainText(`of 29: ${name}`);
  await expect(view.getByLabel('Incoming gradient')).toContainText('[');
  await view.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/backward-thirty-light.png' });
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/backward-thirty-dark.png' });
});
