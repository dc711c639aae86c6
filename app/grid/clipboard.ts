// Owns ranges as clipboard text: tab-separated (the format Excel and Google Sheets exchange) and an HTML table.

/** Rows of cells as TSV; a cell with a tab, newline or quote is quoted, quotes doubled (as Excel writes). */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (s: string): string => (/[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(quote).join('\t')).join('\n');
}

/** Parses TSV as Excel and Google Sheets write it: quoted cells may hold tabs, newlines and "" quotes. */
export function fromTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const src = text.replace(/\r\n?/g, '\n');
  while (i < src.length) {
    const ch = src[i];
    if (cell === '' && ch === '"') {
      // A quoted cell: up to the closing quote; "" is a quote inside it.
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = src.indexOf('"', j);
        if (q < 0) {
          value += src.slice(j);
          j = src.length;
          break;
        }
        value += src.slice(j, q);
        if (src[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      if (j >= src.length || src[j] === '\t' || src[j] === '\n') {
        cell = value;
        i = j;
        continue;
      }
      // Not a quoted cell after all (text after the closing quote): read it as written.
      cell = src.slice(i, j);
      i = j;
      continue;
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Rows of cells as an HTML table, the form spreadsheets paste cell by cell; every cell's text is escaped. */
export function toHtmlTable(rows: readonly (readonly string[])[]): string {
  const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<table><tbody>${body}</tbody></table>`;
}
