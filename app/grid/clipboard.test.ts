import { describe, expect, it } from 'vitest';
import { fromTsv, toHtmlTable, toTsv } from './clipboard';

describe('tab-separated ranges', () => {
  it('round-trip plain cells', () => {
    const rows = [
      ['1', '=A1 * 2', 'x'],
      ['', '3', '=sum(A1:B1)'],
    ];
    expect(fromTsv(toTsv(rows))).toEqual(rows);
  });

  it('quote cells holding tabs, newlines or quotes, as Excel does', () => {
    const rows = [['a\tb', 'line1\nline2', 'say "hi"']];
    expect(toTsv(rows)).toBe('"a\tb"\t"line1\nline2"\t"say ""hi"""');
    expect(fromTsv(toTsv(rows))).toEqual(rows);
  });

  it('read what spreadsheets put on the clipboard: CRLF and a trailing newline', () => {
    expect(fromTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keep a formula with a string as written', () => {
    expect(fromTsv('=mse_loss(A1, A2, reduction="sum")\t2')).toEqual([['=mse_loss(A1, A2, reduction="sum")', '2']]);
  });
});

describe('HTML tables', () => {
  it('hold one cell per value, escaped', () => {
    expect(
      toHtmlTable([
        ['1', '<b>'],
        ['"x" & \'y\'', ''],
      ]),
    ).toBe('<table><tbody><tr><td>1</td><td>&lt;b&gt;</td></tr><tr><td>&quot;x&quot; &amp; &#39;y&#39;</td><td></td></tr></tbody></table>');
  });
});
