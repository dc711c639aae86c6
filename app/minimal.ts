// The first page: a column of cells evaluated by the engine as you type (the full grid comes with the app issue).

import { Workbook } from '../formula/book';
import type { CellJSON } from '../formula/cell-json';

const START = ['=linspace(-2, 2, 5, requires_grad=true)', '=exp(2 * A1 ** 2 * sin(A1))', '=grad(A2, A1, ones_like(A2))'];

const cells = document.querySelector<HTMLTextAreaElement>('#cells')!;
const values = document.querySelector<HTMLTableSectionElement>('#values')!;
const book = new Workbook();
let shown = 0;

function describe(j: CellJSON): string {
  switch (j.kind) {
    case 'tensor':
      return `${JSON.stringify(j.value)}${j.shape.length ? `  (${j.shape.join('×')})` : ''}${j.grad_fn ? `  grad_fn=${j.grad_fn}` : j.requires_grad ? '  requires_grad' : ''}`;
    case 'bool':
      return JSON.stringify(j.value);
    case 'text':
      return j.value;
    case 'function':
      return `λ(${j.params.join(', ')})`;
    case 'tuple':
      return `(${j.items.map(describe).join(', ')})`;
    case 'error':
      return `${j.code} ${j.message}`;
    case 'empty':
      return '';
  }
}

function update(): void {
  const lines = cells.value.split('\n');
  const edits: [string, string][] = lines.map((line, i) => [`A${i + 1}`, line]);
  for (let i = lines.length; i < shown; i++) edits.push([`A${i + 1}`, '']);
  shown = lines.length;
  book.setMany(edits);
  values.replaceChildren(
    ...lines.map((_, i) => {
      const row = document.createElement('tr');
      const json = book.get(`A${i + 1}`);
      const label = document.createElement('td');
      label.textContent = `A${i + 1}`;
      const value = document.createElement('td');
      value.textContent = describe(json);
      if (json.kind === 'error') value.className = 'error';
      row.append(label, value);
      return row;
    }),
  );
}

cells.value = START.join('\n');
cells.addEventListener('input', update);
update();
