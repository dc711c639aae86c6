import { describe, expect, it } from 'vitest';
import { decimalsOf, defaultSlider, makeSlideSession, niceCeil, scalarOf, sliderFromFields, sliderValueText } from './slider';

/** A slide session over a cell holding `start`, logging each write it makes. */
function recorded(start: string) {
  const cell = { text: start };
  const log: [string, boolean][] = [];
  const session = makeSlideSession((text, undoable) => {
    log.push([text, undoable]);
    cell.text = text;
  });
  return { cell, log, session };
}

describe('sliders', () => {
  it('accept plain number inputs only', () => {
    expect(scalarOf('0.5')).toBe(0.5);
    expect(scalarOf(' -2e-3 ')).toBe(-0.002);
    expect(scalarOf('3')).toBe(3);
    expect(scalarOf('=0.5')).toBeNull();
    expect(scalarOf("'3")).toBeNull();
    expect(scalarOf('TRUE')).toBeNull();
    expect(scalarOf('abc')).toBeNull();
    expect(scalarOf('')).toBeNull();
  });

  it('default to a symmetric range around the value in 100 steps', () => {
    expect(niceCeil(1)).toBe(1);
    expect(niceCeil(1.2)).toBe(2);
    expect(niceCeil(6)).toBe(10);
    expect(niceCeil(0.03)).toBe(0.05);
    expect(defaultSlider(0)).toEqual({ min: -1, max: 1, step: 0.01 });
    expect(defaultSlider(0.5)).toEqual({ min: -1, max: 1, step: 0.01 });
    expect(defaultSlider(3)).toEqual({ min: -10, max: 10, step: 0.1 });
    expect(defaultSlider(-150)).toEqual({ min: -500, max: 500, step: 5 });
  });

  it('write values on the step grid without float noise', () => {
    expect(decimalsOf(0.01)).toBe(2);
    expect(decimalsOf(5)).toBe(0);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(2.5e-7)).toBe(8);
    const s = { min: -1, max: 1, step: 0.01 };
    expect(sliderValueText(0.30000000000000004, s)).toBe('0.3');
    expect(sliderValueText(0.304, s)).toBe('0.3');
    expect(sliderValueText(0.306, s)).toBe('0.31');
    expect(sliderValueText(7, s)).toBe('1');
    expect(sliderValueText(-3, s)).toBe('-1');
    expect(sliderValueText(3.3, { min: 0.5, max: 10, step: 1 })).toBe('3.5');
  });

  it('check the settings form', () => {
    expect(sliderFromFields({ min: '-1', max: '1', step: '0.1' })).toEqual({ slider: { min: -1, max: 1, step: 0.1 } });
    expect(sliderFromFields({ min: 'a', max: '1', step: '0.1' })).toEqual({ error: 'min must be a number' });
    expect(sliderFromFields({ min: '1', max: '1', step: '0.1' })).toEqual({ error: 'max must be greater than min' });
    expect(sliderFromFields({ min: '0', max: '1', step: '0' })).toEqual({ error: 'step must be a number greater than 0' });
    expect(sliderFromFields({ min: '0', max: '1', step: '2' })).toEqual({ error: 'step must not be larger than max − min' });
    expect(sliderFromFields({ min: '0', max: '1', step: '1e-9' })).toEqual({
      error: 'step is too small: a slider has at most 1,000,000 steps',
    });
  });

  it('make one undo step of a drag', () => {
    const { cell, log, session } = recorded('0.5');
    session.move('0.6', cell.text);
    session.move('0.6', cell.text);
    session.move('0.7', cell.text);
    expect(session.start).toBe('0.5');
    session.end('0.7', cell.text);
    expect(log).toEqual([
      ['0.6', false],
      ['0.7', false],
      ['0.5', false],
      ['0.7', true],
    ]);
    expect(cell.text).toBe('0.7');
    expect(session.start).toBeNull();
  });

  it('record nothing for a drag that ends where it began', () => {
    const { cell, log, session } = recorded('0.5');
    session.move('0.6', cell.text);
    session.end('0.5', cell.text);
    expect(log).toEqual([
      ['0.6', false],
      ['0.5', false],
    ]);
    expect(cell.text).toBe('0.5');
  });

  it('start afresh when the cell changed since the last move', () => {
    const { log, session } = recorded('0.5');
    session.move('0.6', '0.5');
    session.move('0.5', '0.6');
    // The drag came back where it began, so no change event; then the user typed 3 into the cell.
    session.move('3.1', '3');
    expect(session.start).toBe('3');
    session.end('3.1', '3.1');
    expect(log.slice(-2)).toEqual([
      ['3', false],
      ['3.1', true],
    ]);
  });

  it('make a keyboard step undoable on its own', () => {
    const { log, session } = recorded('0.5');
    session.end('0.51', '0.5');
    expect(log).toEqual([['0.51', true]]);
  });
});
