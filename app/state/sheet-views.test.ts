import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../../storage/format';
import { emptyWorkbook } from './document';
import { renameView, restoreViews, startView, uiOfViews, viewOf, withoutView } from './sheet-views';

const two = (ui: WorkbookFile['ui']): WorkbookFile => ({
  ...emptyWorkbook(),
  sheets: [
    { name: 'Sheet1', cells: {} },
    { name: 'Data', cells: {} },
  ],
  ui,
});
const at = (col: number, row: number) => ({ col, row });

describe('restoreViews', () => {
  it('reads every sheet view and the active sheet', () => {
    const r = restoreViews(
      two({
        activeSheet: 'Data',
        views: {
          Sheet1: { anchor: 'B2', focus: 'C3', scrollTop: 400, scrollLeft: 96 },
          Data: { anchor: 'A1', focus: 'A1', scrollTop: 0, scrollLeft: 0 },
        },
      }),
    );
    expect(r.activeSheet).toBe('Data');
    expect(r.views.Sheet1).toEqual({ selection: { anchor: at(1, 1), focus: at(2, 2) }, scrollTop: 400, scrollLeft: 96 });
  });

  it('reads the selection of files written before views, and starts elsewhere at A1', () => {
    const r = restoreViews(two({ activeSheet: 'Data', selection: { sheet: 'Data', anchor: 'D4', focus: 'D4' } }));
    expect(r.views).toEqual({ Data: { selection: { anchor: at(3, 3), focus: at(3, 3) }, scrollTop: 0, scrollLeft: 0 } });
    expect(viewOf(r.views, 'Sheet1')).toEqual(startView());
  });

  it('falls back to the first sheet and drops views of sheets the file lacks', () => {
    const r = restoreViews(two({ activeSheet: 'Gone', views: { Gone: { anchor: 'B2', focus: 'B2', scrollTop: 5, scrollLeft: 5 } } }));
    expect(r).toEqual({ activeSheet: 'Sheet1', views: {} });
    expect(restoreViews(two(undefined))).toEqual({ activeSheet: 'Sheet1', views: {} });
  });
});

describe('uiOfViews', () => {
  it('writes the views in sheet order, the active selection for older readers, and round-trips', () => {
    const views = { Data: { selection: { anchor: at(0, 9), focus: at(1, 9) }, scrollTop: 216, scrollLeft: 0 }, Sheet1: startView() };
    const ui = uiOfViews('Data', views, ['Sheet1', 'Data']);
    expect(ui).toEqual({
      activeSheet: 'Data',
      selection: { sheet: 'Data', anchor: 'A10', focus: 'B10' },
      views: {
        Sheet1: { anchor: 'A1', focus: 'A1', scrollTop: 0, scrollLeft: 0 },
        Data: { anchor: 'A10', focus: 'B10', scrollTop: 216, scrollLeft: 0 },
      },
    });
    expect(Object.keys(ui.views!)).toEqual(['Sheet1', 'Data']);
    expect(restoreViews(two(ui))).toEqual({ activeSheet: 'Data', views });
  });

  it('leaves out views of sheets that are gone', () => {
    expect(uiOfViews('Sheet1', { Old: startView() }, ['Sheet1']).views).toEqual({});
  });
});

describe('renameView and withoutView', () => {
  const views = { A: startView(), B: { ...startView(), scrollTop: 10 } };
  it('moves a view to the new name, or drops it', () => {
    expect(renameView(views, 'B', 'C')).toEqual({ A: startView(), C: { ...startView(), scrollTop: 10 } });
    expect(renameView(views, 'Z', 'C')).toBe(views);
    expect(withoutView(views, 'A')).toEqual({ B: { ...startView(), scrollTop: 10 } });
  });
});
