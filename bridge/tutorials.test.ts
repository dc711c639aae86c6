// The five tutorial scripts (bridge/tutorials/*.py) translated with fromTorch and evaluated: every print's cells
// match what real PyTorch printed (bridge/tutorials/expected.json, from expected.py) to 1e-9 relative, with the
// same shapes, requires_grad and grad_fn.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../formula/index';
import { fromTorch } from './from-torch';

interface Printed {
  line: number;
  source: string;
  values: Expected[];
}
type Expected = { kind: string; value?: unknown; shape?: number[]; requires_grad?: boolean; grad_fn?: string | null; items?: Expected[] };

const EXPECTED = JSON.parse(readFileSync(new URL('./tutorials/expected.json', import.meta.url), 'utf8')) as Record<string, Printed[]>;

const close = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(b)) return Array.isArray(a) && a.length === b.length && b.every((x, i) => close(a[i], x));
  if (typeof b === 'number' && typeof a === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
  return a === b;
};

/** Compares a cell's JSON with what PyTorch printed; returns what differs, or null. */
function differs(got: Expected, want: Expected): string | null {
  if (want.kind === 'grad_fn') return got.kind === 'text' && got.value === want.value ? null : `grad_fn ${String(want.value)}`;
  if (want.kind === 'tuple') {
    if (got.kind !== 'tuple' || got.items?.length !== want.items!.length) return 'a tuple of that length';
    for (let i = 0; i < want.items!.length; i++) {
      const d = differs(got.items![i], want.items![i]);
      if (d !== null) return `item ${i}: ${d}`;
    }
    return null;
  }
  if (got.kind !== want.kind) return `kind ${want.kind}`;
  if (want.kind === 'tensor') {
    if (!close(got.shape, want.shape)) return `shape ${JSON.stringify(want.shape)}`;
    if (got.requires_grad !== want.requires_grad) return `requires_grad ${String(want.requires_grad)}`;
    if ((got.grad_fn ?? null) !== want.grad_fn) return `grad_fn ${String(want.grad_fn)}`;
  }
  return close(got.value, want.value) ? null : `value ${JSON.stringify(want.value)}`;
}

describe('the tutorials, translated, print what PyTorch prints', () => {
  for (const [id, prints] of Object.entries(EXPECTED)) {
    it(id, () => {
      const result = fromTorch(readFileSync(new URL(`./tutorials/${id}.py`, import.meta.url), 'utf8'));
      if (!result.ok) throw new Error(result.message);
      expect(result.untranslated).toEqual([]);
      const book = Workbook.fromJSON(result.file);
      const cells = result.file.sheets[0].cells as Record<string, string>;
      const rows = Math.max(...Object.keys(cells).map((k) => Number(k.slice(1))));
      let row = 1;
      let compared = 0;
      for (const p of prints) {
        for (const want of p.values) {
          // The print's cells are the next rows labelled with its source, in order (a None says why after it).
          while (row <= rows && !(cells[`B${row}`] ?? '').startsWith(`'${p.source}`)) row++;
          expect(row, `line ${p.line}: ${p.source} has a cell`).toBeLessThanOrEqual(rows);
          const got = book.get(`Sheet1!A${row}`) as Expected;
          expect(differs(got, want), `line ${p.line}: ${p.source} (A${row} = ${cells[`A${row}`]}) → ${JSON.stringify(got)}`).toBeNull();
          row++;
          compared++;
        }
      }
      expect(compared).toBe(prints.reduce((n, p) => n + p.values.length, 0));
    });
  }

  it('cover .grad after two backward calls and after zero_()', () => {
    const scripts = Object.keys(EXPECTED).map((id) => readFileSync(new URL(`./tutorials/${id}.py`, import.meta.url), 'utf8'));
    expect(scripts.some((s) => s.includes('x.grad.zero_()') || s.includes('inp.grad.zero_()'))).toBe(true);
    const basics = fromTorch(scripts[Object.keys(EXPECTED).indexOf('basics')]);
    const cells = basics.ok ? Object.values(basics.file.sheets[0].cells) : [];
    expect(cells).toContain('=grad(out, inp, torch.ones_like(out)) + grad(out, inp, torch.ones_like(out))');
  });
});
