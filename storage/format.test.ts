import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, parseWorkbookText, readWorkbook } from './format';

const book = (over: Record<string, unknown> = {}) => ({ format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells: {} }], names: {}, charts: [], ...over });
const message = (json: unknown) => {
  const r = readWorkbook(json);
  return r.ok ? 'ok' : r.message;
};

describe('workbook file', () => {
  it('reads a minimal version-1 workbook and fills defaults', () => {
    const r = readWorkbook({ format: 'gradsheet', version: 1, sheets: [{ name: 'S', cells: { A1: '1', B2: { input: '=A1', note: 'n' } } }] });
    expect(r).toEqual({ ok: true, book: { format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'S', cells: { A1: '1', B2: { input: '=A1', note: 'n' } } }], names: {}, charts: [] } });
  });

  it.each([
    [null, 'not a Gradsheet workbook: the file is not a JSON object'],
    [[], 'not a Gradsheet workbook: the file is not a JSON object'],
    [{ format: 'excel' }, 'not a Gradsheet workbook: "format" is "excel", expected "gradsheet"'],
    [{ format: 'gradsheet' }, 'not a Gradsheet workbook: "version" is missing or not a whole number'],
    [{ format: 'gradsheet', version: 3 }, 'this workbook is version 3, newer than this Gradsheet reads (version 1); update Gradsheet'],
    [{ format: 'gradsheet', version: 0 }, 'version 0 is not a Gradsheet version'],
  ])('refuses %j', (json, why) => expect(message(json)).toBe(why));

  it('says which field is wrong', () => {
    expect(message(book({ sheets: [] }))).toBe('invalid workbook: sheets: a workbook needs at least one sheet');
    expect(message(book({ sheets: [{ name: 'S', cells: { A0: 'x' } }] }))).toBe('invalid workbook: sheets[0].cells.A0: a cell key is not an address like A1');
    expect(message(book({ sheets: [{ name: 'S', cells: { A1: 5 } }] }))).toMatch(/^invalid workbook: sheets\[0\]\.cells\.A1/);
    expect(message(book({ names: { A1: 'Sheet1!A1' } }))).toMatch(/must not look like a cell reference/);
    expect(message(book({ sheets: [{ name: 'S', cells: {} }, { name: 's', cells: {} }] }))).toBe('invalid workbook: two sheets are named "s"');
    expect(message(book({ seed: 1.5 }))).toMatch(/^invalid workbook: seed/);
  });

  it('refuses oversized inputs before using them', () => {
    expect(message(book({ sheets: [{ name: 'S', cells: { A1: 'x'.repeat(FILE_LIMITS.inputLength + 1) } }] }))).toMatch(/longer than/);
  });

  it('reports text that is not JSON', () => {
    expect(parseWorkbookText('{')).toMatchObject({ ok: false, message: expect.stringMatching(/^not a Gradsheet workbook: the file is not valid JSON/) });
  });
});
