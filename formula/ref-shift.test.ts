import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rect, type Structural, moveInput, restructureInput, translateInput } from './ref-shift';
import type { Expr } from './ast';
import { references } from './references';
import { parseFormula } from './to-ast';

const rows = (kind: 'insert' | 'delete', at: number, count: number, sheet = 'Sheet1'): Structural => ({
  sheet,
  axis: 'row',
  kind,
  at,
  count,
});
const cols = (kind: 'insert' | 'delete', at: number, count: number, sheet = 'Sheet1'): Structural => ({
  sheet,
  axis: 'col',
  kind,
  at,
  count,
});

describe('translateInput (paste and fill)', () => {
  it.each([
    ['=A1*2', 0, 2, '=A3*2'],
    ['=$A$1+A1', 0, 2, '=$A$1+A3'],
    ['=A$1+$A1', 1, 1, '=B$1+$A2'],
    ['=sum(A1:B2)', 2, 0, '=sum(C1:D2)'],
    ['=sum($A$1:B2)', 1, 1, '=sum($A$1:C3)'],
    ['=  a1  +  "A1"  ', 0, 1, '=  A2  +  "A1"  '],
    ["='My sheet'!A1 + Data!B2", 0, 1, "='My sheet'!A2 + Data!B3"],
    ['=x => x * Z1', 1, 0, '=x => x * AA1'],
    ['=A1', -1, 0, '=#REF!'],
    ['=sum(A1:B2) + C5', 0, -1, '=sum(#REF!) + C4'],
    ['=$A$1', -5, -5, '=$A$1'],
    ['=(A1, B2,)[0]', 1, 1, '=(B2, C3,)[0]'],
  ])('%s moved by (%i, %i) is %s', (input, dc, dr, want) => expect(translateInput(input, dc, dr)).toBe(want));

  it('leaves text, numbers and broken formulas alone', () => {
    expect(translateInput('A1', 0, 1)).toBe('A1');
    expect(translateInput('12', 0, 1)).toBe('12');
    expect(translateInput('=A1 +* 2', 0, 1)).toBe('=A1 +* 2');
  });
});

describe('restructureInput (insert and delete rows and columns)', () => {
  it.each([
    ['=A1+A3+A$5+$A$9', rows('insert', 2, 1), '=A1+A4+A$6+$A$10'],
    ['=sum(A1:A5)', rows('insert', 2, 1), '=sum(A1:A6)'],
    ['=sum(A3:A5)', rows('insert', 2, 2), '=sum(A5:A7)'],
    ['=sum(A1:A2)', rows('insert', 2, 1), '=sum(A1:A2)'],
    ['=sum(A5:A1)', rows('insert', 2, 1), '=sum(A6:A1)'],
    ['=A3', rows('delete', 2, 2), '=#REF!'],
    ['=A5 + A2', rows('delete', 2, 2), '=A3 + A2'],
    ['=sum(A1:A10)', rows('delete', 2, 2), '=sum(A1:A8)'],
    ['=sum(A3:A4)', rows('delete', 2, 2), '=sum(#REF!)'],
    ['=sum(A4:A6)', rows('delete', 2, 2), '=sum(A3:A4)'],
    ['=sum(A1:A3)', rows('delete', 2, 2), '=sum(A1:A2)'],
    ['=A1+B1+$C$1', cols('insert', 1, 1), '=A1+C1+$D$1'],
    ['=B1+C1', cols('delete', 1, 1), '=#REF!+B1'],
    ['=sum(A1:C1)', cols('delete', 1, 1), '=sum(A1:B1)'],
  ])('%s', (input, change, want) => expect(restructureInput(input, 'Sheet1', change)).toBe(want));

  it('follows the sheet a reference names, or the formula sheet when it names none', () => {
    expect(restructureInput('=Sheet1!A3 + A3', 'Sheet2', rows('insert', 0, 1))).toBe('=Sheet1!A4 + A3');
    expect(restructureInput('=sheet1!A3 + A3', 'Sheet1', rows('insert', 0, 1))).toBe('=sheet1!A4 + A4');
    expect(restructureInput("='My sheet'!A3", 'Sheet1', rows('delete', 2, 1, 'My sheet'))).toBe('=#REF!');
  });

  it('makes a reference pushed off the grid #REF!', () => {
    expect(restructureInput('=A1048576', 'Sheet1', rows('insert', 0, 1))).toBe('=#REF!');
    expect(restructureInput('=XFD1', 'Sheet1', cols('insert', 0, 1))).toBe('=#REF!');
  });
});

describe('moveInput (cut and paste)', () => {
  const block = { sheet: 'Sheet1', from: { top: 0, left: 0, bottom: 1, right: 1 }, toSheet: 'Sheet1', to: { col: 3, row: 4 } };

  it.each([
    ['=A1+B2+C3', '=D5+E6+C3'],
    ['=sum(A1:B2)', '=sum(D5:E6)'],
    ['=sum($A$1:$B$2)', '=sum($D$5:$E$6)'],
    ['=sum(A1:C3)', '=sum(A1:C3)'],
    ['=E5 + D7', '=#REF! + D7'],
  ])('%s', (input, want) => expect(moveInput(input, 'Sheet1', block)).toBe(want));

  it('names the sheet when the cells went to another one', () => {
    const away = { ...block, toSheet: 'Other sheet', to: { col: 1, row: 1 } };
    expect(moveInput('=A1 * 2', 'Sheet1', away)).toBe("='Other sheet'!B2 * 2");
    expect(moveInput('=Sheet1!A1', 'Other sheet', away)).toBe('=B2');
    expect(moveInput('=Sheet1!A1', 'Third', away)).toBe("='Other sheet'!B2");
    expect(moveInput('=A1', 'Other sheet', away)).toBe('=A1');
    // A moved formula keeps pointing at the cells it read on the sheet it left.
    expect(moveInput('=C1 + A2', 'Sheet1', away, 'Other sheet')).toBe('=Sheet1!C1 + B3');
  });
});

// Formulas made of references among other text: strings that look like references, names, numbers,
// calls, methods, lists, and spacing, so that what is not a reference can be checked to stay as typed.
const sheetPrefix = fc.constantFrom('', '', 'Sheet1!', 'Data!', "'My sheet'!");
const col = fc.nat(40).map((n) => (n < 26 ? String.fromCharCode(65 + n) : `A${String.fromCharCode(65 + n - 26)}`));
const cell = fc
  .tuple(fc.boolean(), col, fc.boolean(), fc.integer({ min: 1, max: 99 }))
  .map(([ca, c, ra, r]) => `${ca ? '$' : ''}${c}${ra ? '$' : ''}${r}`);
const reference = fc.oneof(
  fc.tuple(sheetPrefix, cell).map(([s, c]) => s + c),
  fc.tuple(sheetPrefix, cell, cell).map(([s, a, b]) => `${s}${a}:${b}`),
);
const filler = fc.constantFrom('1', '2.5', '"A1 and B2"', 'x', 'loss', '[1, 2]', 'pi', '"it\'s"', 'sum([3])');
const piece = fc.oneof(
  reference.map((text) => ({ ref: true, text })),
  filler.map((text) => ({ ref: false, text })),
);
const wrap = fc.constantFrom(
  (s: string) => s,
  (s: string) => `-${s}`,
  (s: string) => `(${s})`,
  (s: string) => `(${s}).sum()`,
  (s: string) => `[${s}]`,
  (s: string) => ` ${s}  * 2`,
);
const formula = fc
  .tuple(fc.array(fc.tuple(piece, wrap), { minLength: 1, maxLength: 6 }), fc.constantFrom(', ', ',', ' , '))
  .map(([parts, sep]) => ({ parts: parts.map(([p, w]) => ({ ...p, wrap: w })), sep }))
  .map(({ parts, sep }) => ({ parts, sep, input: `=f(${parts.map((p) => p.wrap(p.text)).join(sep)})` }));
const shift = fc.integer({ min: -30, max: 30 });
const change = fc.record({
  sheet: fc.constantFrom('Sheet1', 'Data', 'My sheet'),
  axis: fc.constantFrom('row' as const, 'col' as const),
  kind: fc.constant('insert' as const),
  at: fc.nat(60),
  count: fc.integer({ min: 1, max: 10 }),
});

function absoluteParts(input: string): string[] {
  const ast = parseFormula(input.slice(1));
  if (ast.type === 'parse-error') throw new Error(`does not parse: ${input}`);
  return references(ast)
    .flatMap((e) => (e.type === 'ref' ? [e.ref] : [e.start, e.end]))
    .map((a) => `${a.colAbs ? a.col : '_'},${a.rowAbs ? a.row : '_'}`);
}

describe('reference shifting properties', () => {
  it('translating and translating back gives the input, when nothing left the grid', () => {
    fc.assert(
      fc.property(formula, shift, shift, ({ input }, dc, dr) => {
        const there = translateInput(input, dc, dr);
        fc.pre(!there.includes('#REF!'));
        expect(translateInput(there, -dc, -dr)).toBe(input);
      }),
    );
  });

  it('never moves an absolute part', () => {
    fc.assert(
      fc.property(formula, shift, shift, ({ input }, dc, dr) => {
        const there = translateInput(input, dc, dr);
        fc.pre(!there.includes('#REF!'));
        expect(absoluteParts(there)).toEqual(absoluteParts(input));
      }),
    );
  });

  it('inserting a band and deleting it again gives the input', () => {
    fc.assert(
      fc.property(formula, change, fc.constantFrom('Sheet1', 'Data'), ({ input }, c, home) => {
        const inserted = restructureInput(input, home, c);
        expect(restructureInput(inserted, home, { ...c, kind: 'delete' })).toBe(input);
      }),
    );
  });

  it('cutting a block far away and back gives the input', () => {
    // The block holds one of the formula's references (a cell or a whole range), with a margin around it.
    const margins = fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.nat(3));
    fc.assert(
      fc.property(
        formula,
        fc.nat(),
        margins,
        fc.integer({ min: 100, max: 500 }),
        fc.integer({ min: 200, max: 5000 }),
        ({ input }, pick, [ml, mt, mr, mb], col, row) => {
          const refs = references(parseFormula(input.slice(1)) as Expr);
          fc.pre(refs.length > 0);
          const e = refs[pick % refs.length];
          const [a, b] = e.type === 'ref' ? [e.ref, e.ref] : [e.start, e.end];
          const from: Rect = {
            left: Math.max(0, Math.min(a.col, b.col) - ml),
            top: Math.max(0, Math.min(a.row, b.row) - mt),
            right: Math.max(a.col, b.col) + mr,
            bottom: Math.max(a.row, b.row) + mb,
          };
          const there = {
            sheet: e.type === 'ref' ? (e.ref.sheet ?? 'Data') : (e.start.sheet ?? 'Data'),
            from,
            toSheet: 'Data',
            to: { col, row },
          };
          const mid = moveInput(input, 'Data', there);
          expect(mid).not.toBe(input);
          const moved: Rect = { left: col, top: row, right: col + from.right - from.left, bottom: row + from.bottom - from.top };
          const back = { sheet: 'Data', from: moved, toSheet: there.sheet, to: { col: from.left, row: from.top } };
          expect(moveInput(mid, 'Data', back)).toBe(input);
        },
      ),
    );
  });

  it('rewrites each reference on its own and keeps every other character as typed', () => {
    fc.assert(
      fc.property(formula, shift, shift, change, ({ parts, sep, input }, dc, dr, c) => {
        const alone = (f: (s: string) => string) => `=f(${parts.map((p) => p.wrap(p.ref ? f(`=${p.text}`).slice(1) : p.text)).join(sep)})`;
        expect(translateInput(input, dc, dr)).toBe(alone((s) => translateInput(s, dc, dr)));
        expect(restructureInput(input, 'Data', c)).toBe(alone((s) => restructureInput(s, 'Data', c)));
        const deleting = { ...c, kind: 'delete' as const };
        expect(restructureInput(input, 'Data', deleting)).toBe(alone((s) => restructureInput(s, 'Data', deleting)));
        const cut = {
          sheet: 'Data',
          from: { top: c.at, left: c.at, bottom: c.at + c.count, right: c.at + c.count },
          toSheet: 'Sheet1',
          to: { col: dc + 30, row: dr + 30 },
        };
        expect(moveInput(input, 'Data', cut)).toBe(alone((s) => moveInput(s, 'Data', cut)));
      }),
    );
  });

  it('never throws, whatever the input', () => {
    const move = { sheet: 'Sheet1', from: { top: 0, left: 0, bottom: 3, right: 3 }, toSheet: 'Data', to: { col: 2, row: 2 } };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `=${s}`),
          formula.map((f) => f.input),
        ),
        shift,
        change,
        (input, d, c) => {
          for (const out of [
            translateInput(input, d, -d),
            restructureInput(input, 'Sheet1', c),
            restructureInput(input, 'Sheet1', { ...c, kind: 'delete' }),
            moveInput(input, 'Sheet1', move),
          ]) {
            expect(typeof out).toBe('string');
          }
        },
      ),
    );
  });
});
