import { describe, expect, it } from 'vitest';
import { decodeNumber, decodeString, formulaString, spellTrailingDots, tooDeep } from './literals';

describe('literals', () => {
  it('spells Python numbers as formula numbers', () => {
    expect(decodeNumber('1_000')).toEqual({ k: 'num', text: '1000' });
    expect(decodeNumber('0x1f')).toEqual({ k: 'num', text: '31' });
    expect(decodeNumber('0o17')).toEqual({ k: 'num', text: '15' });
    expect(decodeNumber('0b101')).toEqual({ k: 'num', text: '5' });
    expect(decodeNumber('007')).toEqual({ k: 'num', text: '7' });
    expect(decodeNumber('1.')).toEqual({ k: 'num', text: '1.' });
    expect(decodeNumber('.5e-3')).toEqual({ k: 'num', text: '.5e-3' });
    expect(decodeNumber('2j')).toBeNull();
  });

  it("reads string literals' values", () => {
    expect(decodeString("'it\\'s'")).toBe("it's");
    expect(decodeString('"a\\nb\\x41\\u00e9"')).toBe('a\nbAé');
    expect(decodeString('r"C:\\temp"')).toBe('C:\\temp');
    expect(decodeString('"""three\nlines"""')).toBe('three\nlines');
    expect(decodeString('"\\q"')).toBe('\\q');
    expect(decodeString('b"bytes"')).toBeNull();
  });

  it('quotes text as the formula reads it back', () => {
    expect(formulaString('say "hi"\n\\')).toBe('"say \\"hi\\"\\n\\\\"');
  });

  it('rewrites trailing-dot floats outside strings and comments, keeping every offset', () => {
    const src = 'a = [1., 2.e3, 3.5, x1.y, .5]  # 4. stays\nb = "5." + \'6.\' + """7.\n8."""\nc = 9.\n';
    const out = spellTrailingDots(src);
    expect(out).toBe('a = [1 , 2e3 , 3.5, x1.y, .5]  # 4. stays\nb = "5." + \'6.\' + """7.\n8."""\nc = 9 \n');
    expect(out.length).toBe(src.length);
    expect(spellTrailingDots('x = 1.e')).toBe('x = 1.e'); // not Python either: left for the parser to refuse
    expect(spellTrailingDots('"unclosed 1.')).toBe('"unclosed 1.');
  });

  it('finds brackets and blocks nested too deep, outside strings and comments, before parsing', () => {
    expect(tooDeep('f(((1)))', 2)).toBe(3);
    expect(tooDeep('f((1))', 2)).toBe(-1);
    expect(tooDeep('s = "((((("  # ((((\nt = (1,\n        (2))\n', 2)).toBe(-1);
    const blocks = 'if a:\n  if b:\n    if c:\n      x\n  y\n';
    expect(tooDeep(blocks, 3)).toBe(blocks.indexOf('      x'));
    expect(tooDeep('if a:\n  if b:\n    x\n  y\nif c:\n  z\n', 3)).toBe(-1);
  });
});
