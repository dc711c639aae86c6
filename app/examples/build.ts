// Owns the small builder the example workbooks are written with: one row per step, the formula in
// column A and a label saying what it is in column B, names and charts gathered into a WorkbookFile.

import type { CellEntry, ChartFile, WorkbookFile } from '../../storage/format';
import { quoteSheet } from '../../formula/address';
import type { Slider } from '../state/document';

export interface Example {
  /** Stable id (for links and tests). */
  id: string;
  title: string;
  /** One sentence for the Examples menu. */
  summary: string;
  /** A rebuilt PyTorch tutorial, or a gallery piece. */
  kind: 'tutorial' | 'gallery';
  workbook: WorkbookFile;
}

export class SheetBuilder {
  private row = 1;
  readonly cells: Record<string, CellEntry> = {};

  constructor(
    readonly name: string,
    private readonly names: Record<string, string>,
  ) {}

  /** A section: a short title in A (it fits a column) and what the section shows in B. */
  heading(title: string, about: string): void {
    this.cells[`A${this.row}`] = title;
    this.cells[`B${this.row}`] = about;
    this.row++;
  }

  /**
   * One step: `input` in A (a formula or a number) and `label` in B. With `name`, the cell gets a
   * workbook name (formulas below can then read like PyTorch code). Returns the cell's address, `A5`.
   */
  cell(input: string, label: string, name?: string, slider?: Slider): string {
    const at = `A${this.row}`;
    this.cells[at] = slider ? { input, slider } : input;
    this.cells[`B${this.row}`] = label;
    if (name) {
      if (Object.keys(this.names).some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`example name "${name}" used twice`);
      this.names[name] = `${quoteSheet(this.name)}!${at}`;
    }
    this.row++;
    return at;
  }

  /** An empty row between sections. */
  gap(): void {
    this.row++;
  }
}

export class BookBuilder {
  private readonly sheets: SheetBuilder[] = [];
  private readonly names: Record<string, string> = {};
  private readonly charts: ChartFile[] = [];

  sheet(name: string): SheetBuilder {
    const s = new SheetBuilder(name, this.names);
    this.sheets.push(s);
    return s;
  }

  /** A chart of 1-D cells of one sheet: `x` along the axis, each of `y` as a line. */
  chart(sheet: SheetBuilder, x: string, y: string[], title: string): void {
    this.charts.push({ sheet: sheet.name, x, y, title });
  }

  build(): WorkbookFile {
    return {
      format: 'gradsheet',
      version: 1,
      seed: 0,
      sheets: this.sheets.map((s) => ({ name: s.name, cells: { ...s.cells } })),
      names: { ...this.names },
      charts: this.charts.map((c) => ({ ...c, y: [...c.y] })),
    };
  }
}

/** An example: its workbook written by `write` with a fresh builder. */
export function example(about: Omit<Example, 'workbook'>, write: (b: BookBuilder) => void): Example {
  const b = new BookBuilder();
  write(b);
  return { ...about, workbook: b.build() };
}
