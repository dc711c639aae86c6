import { describe, expect, it } from 'vitest';
import { cycleAnchors, insertableAt, referenceTokens, refText } from './point-mode';

const at = (marked: string) => [marked.replace('|', ''), marked.indexOf('|')] as const;
const insertable = (marked: string) => insertableAt(...at(marked));

describe('insertableAt', () => {
  it('is true right after =, an operator, ( , [ or a keyword =', () => {
    for (const s of [
      '=|',
      '=A1+|',
      '=A1 * |',
      '=sum(|',
      '=f(A1, |)',
      '=[A1, |]',
      '=2 ** |',
      '=x => |',
      '=sum(A1, dim=|)',
      '=A1 >= |',
      '= |',
    ]) {
      expect(insertable(s), s).toBe(true);
    }
  });
  it('is false inside a word, a number, a reference or a string, and for plain values', () => {
    for (const s of ['=A1|', '=su|', '=1|', '="a+|"', '=(|A1', 'A1+|', '|', '=A1+|B2', '=f(|x)']) {
      expect(insertable(s), s).toBe(false);
    }
  });
  it('accepts a selection that a reference would replace', () => {
    expect(insertableAt('=A1+B2', 4, 6)).toBe(true);
  });
});

describe('refText', () => {
  it('writes a cell, a range top left first, and a sheet-qualified reference', () => {
    expect(refText({ col: 1, row: 1 }, { col: 1, row: 1 }, null)).toBe('B2');
    expect(refText({ col: 1, row: 2 }, { col: 0, row: 0 }, null)).toBe('A1:B3');
    expect(refText({ col: 0, row: 0 }, { col: 0, row: 0 }, 'Sheet2')).toBe('Sheet2!A1');
    expect(refText({ col: 0, row: 0 }, { col: 2, row: 0 }, 'My sheet')).toBe("'My sheet'!A1:C1");
  });
});

describe('referenceTokens', () => {
  it('finds cells, ranges and sheet references with their spans, coloured by first appearance', () => {
    const text = '=B2 + sum(C1:C3) * $B$2 - Sheet2!A1 + x1';
    const tokens = referenceTokens(text);
    expect(tokens.map((t) => text.slice(t.from, t.to))).toEqual(['B2', 'C1:C3', '$B$2', 'Sheet2!A1', 'x1']);
    // $B$2 is the same cell as B2, so the same colour.
    expect(tokens.map((t) => t.color)).toEqual([0, 1, 0, 2, 3]);
    expect(tokens[1]).toMatchObject({ sheet: null, start: { col: 2, row: 0 }, end: { col: 2, row: 2 } });
    expect(tokens[3]).toMatchObject({ sheet: 'Sheet2', start: { col: 0, row: 0 } });
  });
  it('orders a range given bottom right first, and cycles the palette', () => {
    expect(referenceTokens('=C3:A1')[0]).toMatchObject({ start: { col: 0, row: 0 }, end: { col: 2, row: 2 } });
    const many = referenceTokens('=A1+A2+A3+A4+A5+A6+A7');
    expect(many.map((t) => t.color)).toEqual([0, 1, 2, 3, 4, 5, 0]);
  });
  it('finds nothing in plain values, strings or names, and survives broken formulas', () => {
    expect(referenceTokens('A1+B2')).toEqual([]);
    expect(referenceTokens('="A1" + loss')).toEqual([]);
    expect(referenceTokens('=sum(A1, ').map((t) => t.from)).toEqual([5]);
    expect(referenceTokens('=+*(')).toEqual([]);
  });
});

describe('cycleAnchors', () => {
  it('cycles A1 → $A$1 → A$1 → $A1 → A1 and puts the caret after the reference', () => {
    const seen: string[] = [];
    let text = '=A1+2';
    for (let i = 0; i < 4; i++) {
      const r = cycleAnchors(text, 3)!;
      text = r.text;
      seen.push(text);
      expect(r.caret).toBe(text.indexOf('+'));
    }
    expect(seen).toEqual(['=$A$1+2', '=A$1+2', '=$A1+2', '=A1+2']);
  });
  it('cycles both ends of a range and leaves a sheet name alone', () => {
    expect(cycleAnchors('=Sheet2!A1:B3', 13)!.text).toBe('=Sheet2!$A$1:$B$3');
    expect(cycleAnchors("='Q1 2024'!B3", 5)!.text).toBe("='Q1 2024'!$B$3");
  });
  it('does nothing away from a reference', () => {
    expect(cycleAnchors('=A1 + 2', 6)).toBeNull();
    expect(cycleAnchors('plain', 2)).toBeNull();
  });
});
