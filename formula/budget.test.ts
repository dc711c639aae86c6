import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, type Limits, setLimits } from '../engine/limits';
import { Workbook } from './book';
import { lookupFunction } from './functions/index';

let saved: Limits | null = null;
const withLimits = (changes: Partial<Limits>): void => {
  saved ??= setLimits(changes);
  setLimits(changes);
};
afterEach(() => {
  if (saved) setLimits(saved);
  saved = null;
  vi.restoreAllMocks();
});

const book = (cells: Record<string, string>): Workbook => {
  const b = new Workbook();
  b.setMany(Object.entries(cells));
  return b;
};

describe('the budget of a cell', () => {
  it('stops loops nested inside loops at the step budget, naming each loop and its iteration', () => {
    withLimits({ maxSteps: 20_000 });
    const b = book({ A1: '=repeat(1000000, 0, a => repeat(1000000, a, b => b + 1))', A2: '=1 + 1' });
    const a1 = b.get('A1');
    expect(a1).toMatchObject({ kind: 'error', code: '#LOOP!' });
    expect(a1.kind === 'error' && a1.message).toMatch(
      /^repeat, iteration 1: repeat, iteration 10,000: add: stopped after 20,000 operations .*step budget/,
    );
    expect(b.get('A2')).toMatchObject({ value: 2 });
  });

  it('gives each cell its own steps, and stops a long computation at the time budget', () => {
    withLimits({ maxSteps: 30_000 });
    const b = book({ A1: '=repeat(10000, 0, b => b + 1)', A2: '=repeat(10000, 0, b => b + 1)' });
    expect(b.get('A1')).toMatchObject({ value: 10_000 });
    expect(b.get('A2')).toMatchObject({ value: 10_000 });
    withLimits({ maxSteps: 1e12, maxMillis: 30 });
    const started = Date.now();
    b.set('A3', '=while(0, y => true, y => y + 1)');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(b.get('A3')).toMatchObject({
      kind: 'error',
      code: '#LOOP!',
      message: expect.stringMatching(/^while, iteration [\d,]+: .*time budget of one cell/),
    });
  });

  it('refuses a tensor the memory budget cannot hold, before allocating it, and gives the memory back', () => {
    withLimits({ maxMemory: 100_000 });
    const b = book({ A1: '=ones(200, 200)', A2: '=A1 * 2' });
    expect(b.get('A2')).toMatchObject({ kind: 'tensor' });
    b.set('A3', '=A1 * 3');
    expect(b.get('A3')).toMatchObject({
      kind: 'error',
      code: '#LIMIT!',
      message: expect.stringMatching(/^mul: .*memory budget \(1 MiB\)/),
    });
    expect(b.memoryHeld).toBeLessThanOrEqual(100_000);
    b.set('A2', '=1');
    b.set('A3', '=A1 * 3');
    expect(b.get('A3')).toMatchObject({ kind: 'tensor', shape: [200, 200] });
  });

  it('lets a loop nobody differentiates keep only a little history, with the right value', () => {
    const b = book({ A2: '1', A1: '=repeat(100000, A2, y => y * 1.00001)' });
    expect(b.get('A1')).toMatchObject({ value: expect.closeTo(Math.exp(100000 * Math.log1p(1e-5)), 9) });
    expect(b.memoryHeld).toBeLessThan(2 ** 21);
  });

  it("keeps a loop's history when a gradient is taken through it, recomputing a loop that had dropped it", () => {
    const b = book({ A2: '1', A1: '=repeat(100000, A2, y => y * 1.00001)' });
    b.set('B1', '=grad(A1 + 1, A2)');
    expect(b.get('B1')).toMatchObject({ value: expect.closeTo(Math.exp(100000 * Math.log1p(1e-5)), 9) });
    b.set('C1', '=grad(repeat(50000, A2, y => y * 1.00001), A2)');
    expect(b.get('C1')).toMatchObject({ value: expect.closeTo(Math.exp(50000 * Math.log1p(1e-5)), 9) });
  });

  it('refuses a gradient through history a loop had to drop, and names the budget', () => {
    withLimits({ maxMemory: 2 ** 22 });
    const b = book({ A2: '1', A1: '=repeat(100000, A2, y => y * 1.00001)', B1: '=grad(A1, A2)', B2: '=A1 * 2' });
    expect(b.get('B1')).toMatchObject({
      kind: 'error',
      code: '#LIMIT!',
      message: expect.stringMatching(/^grad: repeat dropped the history of its first [\d,]+ iterations.*memory budget \(32 MiB\)/),
    });
    expect(b.get('B2')).toMatchObject({ value: expect.closeTo(2 * Math.exp(100000 * Math.log1p(1e-5)), 9) });
  });

  it('keeps grad_fn through a dropped history, and a gradient that does not flow through it', () => {
    withLimits({ maxMemory: 2 ** 20 });
    const b = book({
      A2: '=ones(2, requires_grad=true)',
      A1: '=repeat(50000, A2, y => y * 1)',
      B1: '=gradfn(A1)',
      B2: '=grad(sum(A1 * 0 + A2), A2)',
    });
    expect(b.get('B1')).toMatchObject({ kind: 'text', value: 'MulBackward0' });
    expect(b.get('B2')).toMatchObject({ kind: 'error', code: '#LIMIT!' });
    b.set('B3', '=grad(sum(detach(A1) + A2), A2)');
    expect(b.get('B3')).toMatchObject({ value: [1, 1] });
  });

  it("turns an exception in one cell into that cell's error; the others compute", () => {
    vi.spyOn(lookupFunction('sin')!, 'lower').mockImplementation(() => {
      throw new Error('boom');
    });
    const b = book({ A1: '=sin(1)', A2: '=A1 + 1', A3: '=cos(0)' });
    expect(b.get('A1')).toMatchObject({ kind: 'error', code: '#VALUE!', message: expect.stringContaining('internal error: boom') });
    expect(b.get('A2')).toMatchObject({ kind: 'error', origin: 'Sheet1!A1' });
    expect(b.get('A3')).toMatchObject({ value: 1 });
  });

  it('has documented defaults', () => {
    expect(DEFAULT_LIMITS).toMatchObject({ maxMemory: 2 ** 26, maxSteps: 5_000_000, maxMillis: 3_000 });
    expect(() => setLimits({ maxSteps: 0 })).toThrow(/maxSteps must be a positive number/);
  });
});
