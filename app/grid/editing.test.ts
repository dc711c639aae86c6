import { describe, expect, it } from 'vitest';
import { arrowAction, clickAction, fillEdits, moved } from './editing';

const caret = (n: number) => ({ from: n, to: n });

describe('arrowAction', () => {
  it('commits a typed value in Enter mode, and moves the caret in Edit mode', () => {
    expect(arrowAction('enter', false, '12', caret(2))).toBe('commit');
    expect(arrowAction('edit', false, '12', caret(2))).toBe('caret');
  });
  it('points from a formula at a place where a reference may go, in Enter mode only', () => {
    expect(arrowAction('enter', false, '=A1+', caret(4))).toBe('point');
    expect(arrowAction('enter', false, '=A1', caret(3))).toBe('commit');
    expect(arrowAction('edit', false, '=A1+', caret(4))).toBe('caret');
  });
  it('keeps pointing while a pointed reference is live, in either mode', () => {
    expect(arrowAction('edit', true, '=A1', caret(3))).toBe('point');
  });
});

describe('clickAction', () => {
  it('a formula never commits: it points where a reference may go, else stays open', () => {
    expect(clickAction(false, '=', caret(1))).toBe('point');
    expect(clickAction(false, '=sum(A1', caret(7))).toBe('keep');
    expect(clickAction(true, '=sum(A1', caret(7))).toBe('point');
  });
  it('a plain value commits', () => {
    expect(clickAction(false, 'hello', caret(5))).toBe('commit');
    expect(clickAction(false, '', caret(0))).toBe('commit');
  });
});

describe('moved', () => {
  it('moves as Enter, Tab, their Shift forms and the arrows do', () => {
    const a = { col: 3, row: 3 };
    expect([
      moved(a, 'enter'),
      moved(a, 'shift-enter'),
      moved(a, 'tab'),
      moved(a, 'shift-tab'),
      moved(a, 'left'),
      moved(a, 'stay'),
    ]).toEqual([
      { col: 3, row: 4 },
      { col: 3, row: 2 },
      { col: 4, row: 3 },
      { col: 2, row: 3 },
      { col: 2, row: 3 },
      { col: 3, row: 3 },
    ]);
  });
});

describe('fillEdits', () => {
  it('writes into every cell of the rectangle, shifted by its distance from where it was typed', () => {
    const shift = (input: string, dc: number, dr: number) => `${input}@${dc},${dr}`;
    expect(fillEdits('S', { top: 1, left: 0, bottom: 2, right: 1 }, { col: 0, row: 1 }, '=A1', shift)).toEqual([
      ['S!A2', '=A1@0,0'],
      ['S!B2', '=A1@1,0'],
      ['S!A3', '=A1@0,1'],
      ['S!B3', '=A1@1,1'],
    ]);
  });
});
