// fromTorch's random draws (PyTorch's generator across statements), checked by evaluating the translated workbook.

import { describe, expect, it } from 'vitest';
import { run } from './test-helpers';

describe('fromTorch: random draws', () => {
  it('seeds the first draw after manual_seed and continues with after=, hoisting nested draws', () => {
    const r = run(
      'torch.manual_seed(1)\nw = torch.randn(5, 3, requires_grad=True)\nb = torch.randn(3) * 2\ntorch.manual_seed(7)\nc = torch.rand(2)\n',
    );
    expect(r.cells.A2).toBe('=torch.randn(5, 3, requires_grad=True, seed=1)');
    expect(r.cells.A3).toBe('=torch.randn(3, after=w)');
    expect(r.cells.A4).toBe('=A3 * 2');
    expect(r.cells.A6).toBe('=torch.rand(2, seed=7)');
    // torch.manual_seed(1); torch.randn(5, 3); torch.randn(3) as PyTorch drew them (float64).
    expect((r.value('A3').value as number[])[0]).toBeCloseTo(0.26731699794736563, 14);
  });

  it("uses PyTorch's default seed before any manual_seed", () => {
    const r = run('a = torch.randn(3)\nb = torch.rand(2)\n');
    expect(r.cells.A1).toBe('=torch.randn(3, seed=67280421310721)');
    expect(r.cells.A2).toBe('=torch.rand(2, after=a)');
  });

  it('refuses draws inside functions and loops', () => {
    const r = run('y = 1\nfor _ in range(2):\n    y = y + torch.rand(1)\n');
    expect(r.untranslated[0].reason).toMatch(/random draw/);
  });
});
