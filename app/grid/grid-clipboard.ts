// Owns the grid's side of the clipboard: what a copy or cut writes (the inputs as TSV in text/plain, which
// this app and spreadsheets read back as typed, and the shown values as an HTML table in text/html, which
// Excel and Google Sheets paste as values) and what a paste does with what it reads.

import { createSignal } from 'solid-js';
import type { Rect } from '../../formula/ref-shift';
import type { WorkbookFile } from '../../storage/format';
import type { SheetStore } from '../state/createSheetStore';
import { labelOf } from '../state/document';
import { toHtmlTable, toTsv } from './clipboard';
import { COLS, ROWS } from './geometry';
import { type CopyRecord, type PastePlan, planPaste, shownValue, valueInput } from './paste';

const sameText = (a: string, b: string): boolean => a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');

export function createGridClipboard(store: SheetStore, selected: () => Rect) {
  let last: CopyRecord | null = null;
  // The copied cells are outlined while the workbook is as the copy or its last paste left it (Excel drops
  // the outline once anything else is edited).
  const [outlined, setOutlined] = createSignal<{ record: CopyRecord; doc: WorkbookFile } | null>(null);

  const cellsOf = <T>(sheet: string, r: Rect, f: (label: string) => T): T[][] => {
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(labelOf(sheet, { col, row })));
      out.push(line);
    }
    return out;
  };

  // A cut is pasted only while its cells still hold what was cut (and its sheet still exists); else its text is.
  const usable = (record: CopyRecord | null, text: string): CopyRecord | null => {
    if (!record || !sameText(record.text, text)) return null;
    if (!record.cut) return record;
    if (!store.doc().sheets.some((s) => s.name === record.sheet)) return null;
    return JSON.stringify(cellsOf(record.sheet, record.rect, store.inputOf)) === JSON.stringify(record.inputs) ? record : null;
  };

  return {
    /** Ctrl+C and Ctrl+X: the cut cells stay until they are pasted, as in Excel. */
    copy(data: DataTransfer, cut: boolean): void {
      const sheet = store.activeSheet();
      const rect = selected();
      const inputs = cellsOf(sheet, rect, store.inputOf);
      const text = toTsv(inputs);
      data.setData('text/plain', text);
      data.setData('text/html', toHtmlTable(cellsOf(sheet, rect, (l) => shownValue(store.values[l]))));
      last = { sheet, rect, inputs, values: cellsOf(sheet, rect, (l) => valueInput(store.values[l])), text, cut };
      setOutlined({ record: last, doc: store.doc() });
    },
    /** Pastes the clipboard's text/plain into the selection; `values` for Ctrl+Shift+V. */
    paste(text: string, values: boolean): void {
      const record = usable(last, text);
      const target = selected();
      const plan = planPaste({ text, record, target, values, size: { cols: COLS, rows: ROWS } });
      if (!plan) return;
      // After a cut has been pasted the clipboard is plain text again: a second paste pastes that text.
      if (record?.cut && plan.kind === 'move') last = null;
      store.actions.paste(store.activeSheet(), plan, { select: pastedRect(plan) });
      setOutlined(last ? { record: last, doc: store.doc() } : null);
    },
    /** The cells to outline as copied or cut, or null. */
    outline(): { sheet: string; rect: Rect } | null {
      const o = outlined();
      return o && o.doc === store.doc() ? { sheet: o.record.sheet, rect: o.record.rect } : null;
    },
  };
}

function pastedRect(plan: PastePlan): Rect {
  if (plan.kind === 'inputs') return plan.rect;
  const { from, to } = plan;
  return { top: to.row, left: to.col, bottom: to.row + from.bottom - from.top, right: to.col + from.right - from.left };
}
