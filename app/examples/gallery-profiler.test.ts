import { describe, expect, it } from 'vitest';
import { Workbook } from '../../formula/book';
import { profileWorkbook } from '../../formula/profile';
import { profilerExample } from './gallery-profiler';

describe('the profiler example', () => {
  it('profiles as the tutorial says: 1000 div and 1000 mul forward, each with its backward rule', () => {
    const p = profileWorkbook(profilerExample.workbook);
    const calls = (name: string, phase: string) => p.ops.find((r) => r.name === name && r.phase === phase)?.calls;
    expect([calls('div', 'forward'), calls('mul', 'forward')]).toEqual([1000, 1000]);
    expect([calls('DivBackward0', 'backward'), calls('MulBackward0', 'backward')]).toEqual([1000, 1000]);
  });

  it('shows x.grad and y.grad after the backward call, with no error', () => {
    const book = Workbook.fromJSON(profilerExample.workbook);
    for (const cell of ['Profiler!A7', 'Profiler!A8']) expect(book.get(cell)).toMatchObject({ kind: 'tensor', shape: [2, 3] });
  });
});
