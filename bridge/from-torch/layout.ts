// Owns where a translation's cells go (SPEC §13): Sheet1, one row per value in script order, the formula in
// column A and the statement's source in column B. Formulas name cells through placeholders (`ref`) that
// become the workbook name of a variable's final binding, or the plain address, when the sheet is finished.

import type { WorkbookFile } from '../../storage/format';

export const SHEET = 'Sheet1';

/** A cell's input, known now or only when the whole script has been read (a `.grad` read). */
export type Input = string | (() => string);

interface Row {
  a: Input;
  b: string;
}

/** Marks a placeholder; a script's own text never holds it (strings lose it when printed). */
export const MARK = '\u0000';
const REF = new RegExp(`${MARK}([A-Z]+[0-9]+)${MARK}`, 'g');

/** The placeholder a formula writes for the cell at `address`. */
export const ref = (address: string): string => `${MARK}${address}${MARK}`;

/** The addresses a formula's placeholders name. */
export function refsIn(formula: string): string[] {
  if (!formula.includes(MARK)) return [];
  return [...formula.matchAll(REF)].map((m) => m[1]);
}

/** A text input: a leading `'` keeps it text whatever it looks like (SPEC §2). */
export const asText = (text: string): string => `'${text}`;

/** The rows of the sheet being written, and what each formula reads. */
export class Layout {
  private readonly rows: Row[] = [];
  /** For each row, the distinct cells its formula reads. */
  private readonly rowReads: string[][] = [];
  /** For each cell, the cells whose formulas read it. */
  private readonly readers = new Map<string, string[]>();

  get size(): number {
    return this.rows.length;
  }

  /** Appends a row and returns its address (A1, A2, ...). */
  add(a: Input, label: string, reads: string[] = typeof a === 'string' ? refsIn(a) : []): string {
    this.rows.push({ a, b: label === '' ? '' : asText(label) });
    const address = `A${this.rows.length}`;
    const distinct = [...new Set(reads)];
    this.rowReads.push(distinct);
    for (const r of distinct) {
      const list = this.readers.get(r);
      if (list === undefined) this.readers.set(r, [address]);
      else list.push(address);
    }
    return address;
  }

  /** Drops the rows after the first `size`, undoing a statement that could not be translated. */
  truncate(size: number): void {
    // The dropped rows were the last added, so each is at the end of the reader lists of what it read.
    for (let i = this.rows.length - 1; i >= size; i--) for (const r of this.rowReads[i]) this.readers.get(r)?.pop();
    this.rows.length = size;
    this.rowReads.length = size;
  }

  /** Every cell that reads `address`, directly or through others (itself included). */
  downstream(address: string): Set<string> {
    const seen = new Set([address]);
    const stack = [address];
    while (stack.length > 0) {
      for (const r of this.readers.get(stack.pop()!) ?? [])
        if (!seen.has(r)) {
          seen.add(r);
          stack.push(r);
        }
    }
    return seen;
  }

  /** The workbook with `names` ([name, address] pairs): each placeholder becomes its cell's name, or its address. */
  finish(names: readonly (readonly [string, string])[]): WorkbookFile {
    const named = new Map<string, string>();
    for (const [name, address] of names) if (!named.has(address)) named.set(address, name);
    const cells: Record<string, string> = {};
    const resolve = (text: string): string =>
      text.includes(MARK) ? text.replace(REF, (_m, address: string) => named.get(address) ?? address) : text;
    this.rows.forEach((row, i) => {
      const a = resolve(typeof row.a === 'string' ? row.a : row.a());
      if (a !== '') cells[`A${i + 1}`] = a;
      if (row.b !== '') cells[`B${i + 1}`] = row.b.split(MARK).join('');
    });
    const targets: Record<string, string> = {};
    for (const [name, address] of names) targets[name] = `${SHEET}!${address}`;
    return { format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: SHEET, cells }], names: targets } as WorkbookFile;
  }
}
