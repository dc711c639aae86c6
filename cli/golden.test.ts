// The golden cases: workbooks whose expected values come from PyTorch (float64), run through the same
// path as `gradsheet eval`. When a case and the code disagree, the code is wrong.

import { describe, expect, it } from 'vitest';
import cases from './golden/pytorch-cases.json';
import { evalWorkbookText } from './eval';
import { mismatch } from './golden-match';

interface Case {
  id: string;
  title: string;
  workbook: unknown;
  expect: Record<string, Record<string, unknown>>;
  rtol: number;
  atol: number;
}

describe('golden cases against PyTorch', () => {
  for (const c of (cases as unknown as { cases: Case[] }).cases) {
    it(`${c.id}: ${c.title}`, () => {
      const result = evalWorkbookText(JSON.stringify(c.workbook));
      if (!result.ok) throw new Error(result.message);
      const failures = Object.entries(c.expect)
        .map(([ref, want]) => [ref, mismatch(result.cells[ref], want, c.rtol, c.atol)])
        .filter(([, why]) => why !== null)
        .map(([ref, why]) => `${ref}: ${why}`);
      expect(failures).toEqual([]);
    });
  }

  it('the matcher itself rejects a wrong value, kind, code and flag', () => {
    const t = { kind: 'tensor' as const, shape: [2], value: [1, 2], requires_grad: true, grad_fn: 'MulBackward0' };
    expect(mismatch(t, { kind: 'tensor', shape: [2], value: [1, 2.001] }, 1e-6, 1e-9)).toMatch(/^value/);
    expect(mismatch(t, { kind: 'error', code: '#SHAPE!' }, 1e-6, 1e-9)).toMatch(/^kind/);
    expect(mismatch(t, { kind: 'tensor', shape: [2], value: [1, 2], grad_fn: 'AddBackward0' }, 1e-6, 1e-9)).toMatch(/^grad_fn/);
    expect(mismatch({ kind: 'error', code: '#NAME?', message: '' }, { kind: 'error', code: '#SHAPE!' }, 0, 0)).toMatch(/^code/);
    expect(mismatch(t, { kind: 'tensor', shape: [2], value: [1, 2], requires_grad: true }, 1e-6, 1e-9)).toBeNull();
  });
});
