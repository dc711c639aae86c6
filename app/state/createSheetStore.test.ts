import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../../storage/format';
import { idleClient } from '../worker/test-helpers';
import { createSheetStore } from './createSheetStore';
import { emptyWorkbook } from './document';

/** A worker client that records what the store asks of it. */
function fakeClient() {
  const sent: { type: string; edits?: [string, string][]; file?: WorkbookFile; cancelled?: string[] }[] = [];
  const client = idleClient({
    load: (file, cancelled = []) => void sent.push({ type: 'load', file, cancelled }),
    edit: (edits) => void sent.push({ type: 'edit', edits }),
    cancel: (file) => (sent.push({ type: 'cancel', file }), ['Sheet1!A1']),
  });
  return { client, sent };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

function withStore(run: (store: ReturnType<typeof createSheetStore>, sent: ReturnType<typeof fakeClient>['sent']) => Promise<void>) {
  return createRoot(async (dispose) => {
    const { client, sent } = fakeClient();
    const store = createSheetStore(() => client);
    store.actions.open(emptyWorkbook());
    try {
      await run(store, sent);
    } finally {
      dispose();
    }
  });
}

describe('sheet store', () => {
  it('sends the edits of one frame to the worker as one message', () =>
    withStore(async (store, sent) => {
      store.actions.setInputs([['Sheet1!A1', '1']]);
      store.actions.setInputs([['Sheet1!A2', '=A1 + 1']]);
      await tick();
      expect(sent.filter((m) => m.type === 'edit')).toEqual([
        {
          type: 'edit',
          edits: [
            ['Sheet1!A1', '1'],
            ['Sheet1!A2', '=A1 + 1'],
          ],
        },
      ]);
      expect(store.inputOf('Sheet1!A2')).toBe('=A1 + 1');
    }));

  it('undoes and redoes, telling the worker each time', () =>
    withStore(async (store, sent) => {
      store.actions.setInputs([['Sheet1!A1', '1']]);
      store.actions.setInputs([['Sheet1!A1', '2']]);
      store.actions.undo();
      expect(store.inputOf('Sheet1!A1')).toBe('1');
      store.actions.undo();
      expect(store.inputOf('Sheet1!A1')).toBe('');
      store.actions.redo();
      expect(store.inputOf('Sheet1!A1')).toBe('1');
      await tick();
      expect(sent.filter((m) => m.type === 'edit').flatMap((m) => m.edits)).toEqual([
        ['Sheet1!A1', '1'],
        ['Sheet1!A1', '2'],
        ['Sheet1!A1', '1'],
        ['Sheet1!A1', ''],
        ['Sheet1!A1', '1'],
      ]);
    }));

  it('saves and restores the sheet and selection with the file', () =>
    withStore(async (store) => {
      store.actions.addSheet();
      store.actions.select({ anchor: { col: 1, row: 2 }, focus: { col: 3, row: 4 } });
      const saved = store.file();
      expect(saved.ui).toMatchObject({ activeSheet: 'Sheet2', selection: { sheet: 'Sheet2', anchor: 'B3', focus: 'D5' } });
      store.actions.open(emptyWorkbook());
      expect(store.activeSheet()).toBe('Sheet1');
      store.actions.open(saved);
      expect(store.activeSheet()).toBe('Sheet2');
      expect(store.selection()).toEqual({ anchor: { col: 1, row: 2 }, focus: { col: 3, row: 4 } });
    }));

  it('keeps each sheet where the user left it: selection and scroll; a new sheet starts at A1', () =>
    withStore(async (store) => {
      store.actions.select({ anchor: { col: 2, row: 40 }, focus: { col: 2, row: 40 } });
      store.actions.scrolled(900, 120);
      expect(store.actions.addSheet()).toBe('Sheet2');
      expect(store.selection().focus).toEqual({ col: 0, row: 0 });
      expect(store.scrollTarget()).toEqual({ top: 0, left: 0 });
      store.actions.select({ anchor: { col: 5, row: 5 }, focus: { col: 6, row: 7 } });
      store.actions.scrolled(48, 0);
      store.actions.showSheet('Sheet1');
      expect(store.selection().focus).toEqual({ col: 2, row: 40 });
      expect(store.scrollTarget()).toEqual({ top: 900, left: 120 });
      store.actions.showSheet('Sheet2');
      expect(store.selection()).toEqual({ anchor: { col: 5, row: 5 }, focus: { col: 6, row: 7 } });
      expect(store.scrollTarget()).toEqual({ top: 48, left: 0 });
      // Clicking the tab of the sheet already shown keeps it where it is.
      store.actions.showSheet('Sheet2');
      expect(store.selection().focus).toEqual({ col: 6, row: 7 });

      // Saved with the workbook, and back when it opens again (as after switching workbooks).
      const saved = store.file();
      expect(saved.ui?.views).toEqual({
        Sheet1: { anchor: 'C41', focus: 'C41', scrollTop: 900, scrollLeft: 120 },
        Sheet2: { anchor: 'F6', focus: 'G8', scrollTop: 48, scrollLeft: 0 },
      });
      store.actions.open(emptyWorkbook());
      expect(store.scrollTarget()).toEqual({ top: 0, left: 0 });
      store.actions.open(saved);
      expect(store.activeSheet()).toBe('Sheet2');
      expect(store.scrollTarget()).toEqual({ top: 48, left: 0 });
      store.actions.showSheet('Sheet1');
      expect(store.selection().focus).toEqual({ col: 2, row: 40 });

      // A renamed sheet keeps its view; a deleted one loses it, so a new sheet of that name starts at A1.
      expect(store.actions.renameSheet('Sheet1', 'Data')).toBeNull();
      store.actions.showSheet('Sheet2');
      store.actions.showSheet('Data');
      expect(store.scrollTarget()).toEqual({ top: 900, left: 120 });
      store.actions.deleteSheet('Data');
      expect(store.activeSheet()).toBe('Sheet2');
      expect(store.selection().focus).toEqual({ col: 6, row: 7 });
      expect(store.actions.renameSheet('Sheet2', 'Data')).toBeNull();
      expect(store.actions.addSheet()).toBe('Sheet2');
      expect(store.selection().focus).toEqual({ col: 0, row: 0 });
      expect(store.scrollTarget()).toEqual({ top: 0, left: 0 });
    }));

  it('makes one undo step of a transaction', () =>
    withStore(async (store) => {
      store.actions.transaction(() => {
        store.actions.setInputs([['Sheet1!B1', '=grad(A1, A1)']]);
        store.actions.addChart({ sheet: 'Sheet1', x: 'A1', y: ['B1'], title: 'f' });
      });
      expect(store.historySize().undo).toBe(1);
      store.actions.undo();
      expect(store.inputOf('Sheet1!B1')).toBe('');
      expect(store.doc().charts).toEqual([]);
    }));

  it('renames a sheet in every formula and name that points at it', () =>
    withStore(async (store) => {
      store.actions.addSheet();
      store.actions.setInputs([
        ['Sheet2!A1', '3'],
        ['Sheet1!B1', '=Sheet2!A1 * 2'],
      ]);
      store.actions.setName('x', 'Sheet2!A1');
      expect(store.actions.renameSheet('Sheet2', 'Inputs')).toBeNull();
      expect(store.inputOf('Sheet1!B1')).toBe('=Inputs!A1 * 2');
      expect(store.doc().names).toEqual({ x: 'Inputs!A1' });
      expect(store.actions.renameSheet('Inputs', 'sheet1')).toBe('a sheet named "sheet1" exists');
    }));

  it('names a cell __proto__ like any other name, and renames and removes names whatever their case', () =>
    withStore(async (store) => {
      store.actions.setName('__proto__', 'Sheet1!A1');
      store.actions.setName('Rate', 'Sheet1!A2');
      store.actions.setName('rate', 'Sheet1!A3');
      expect(Object.keys(store.doc().names)).toEqual(['__proto__', 'rate']);
      expect(store.doc().names.__proto__).toBe('Sheet1!A1');
      store.actions.setName('__PROTO__', null);
      expect(store.doc().names).toEqual({ rate: 'Sheet1!A3' });
    }));

  it('keeps a slider when the input changes, and drops a cell cleared of everything', () =>
    withStore(async (store) => {
      store.actions.setInputs([['Sheet1!A1', '0.5']]);
      store.actions.setSlider('Sheet1!A1', { min: 0, max: 1, step: 0.1 });
      store.actions.setInputs([['Sheet1!A1', '0.7']]);
      expect(store.doc().sheets[0].cells.A1).toEqual({ input: '0.7', slider: { min: 0, max: 1, step: 0.1 } });
      store.actions.setSlider('Sheet1!A1', null);
      expect(store.doc().sheets[0].cells.A1).toBe('0.7');
    }));

  it('stops a runaway computation and reports which cells it stopped', () =>
    withStore(async (store, sent) => {
      store.actions.setInputs([['Sheet1!A1', '=while(1, y => true, y => y)']]);
      store.actions.cancel();
      expect(sent.at(-1)?.type).toBe('cancel');
      expect(store.stopped()).toEqual(['Sheet1!A1']);
    }));

  it('inserts and deletes rows as one undo step each, reloading the worker when a name moves', () =>
    withStore(async (store, sent) => {
      store.actions.setInputs([
        ['Sheet1!A1', '1'],
        ['Sheet1!A2', '2'],
        ['Sheet1!B1', '=A1+A2'],
      ]);
      store.actions.setName('x', 'Sheet1!A2');
      await tick();
      store.actions.restructure({ sheet: 'Sheet1', axis: 'row', kind: 'insert', at: 1, count: 1 });
      expect(store.inputOf('Sheet1!A3')).toBe('2');
      expect(store.inputOf('Sheet1!B1')).toBe('=A1+A3');
      expect(store.doc().names).toEqual({ x: 'Sheet1!A3' });
      expect(sent.at(-1)).toMatchObject({ type: 'load' });
      store.actions.restructure({ sheet: 'Sheet1', axis: 'row', kind: 'delete', at: 2, count: 1 });
      expect(store.inputOf('Sheet1!B1')).toBe('=A1+#REF!');
      store.actions.undo();
      expect(store.inputOf('Sheet1!B1')).toBe('=A1+A3');
      store.actions.undo();
      expect(store.inputOf('Sheet1!B1')).toBe('=A1+A2');
      expect(store.doc().names).toEqual({ x: 'Sheet1!A2' });
    }));

  it('moves cut cells and pastes or fills as one undo step, selecting what was pasted', () =>
    withStore(async (store) => {
      store.actions.setInputs([
        ['Sheet1!A1', '1'],
        ['Sheet1!B1', '=A1*2'],
      ]);
      store.actions.paste(
        'Sheet1',
        { kind: 'move', sheet: 'Sheet1', from: { top: 0, left: 0, bottom: 0, right: 0 }, to: { col: 3, row: 3 } },
        { select: { top: 3, left: 3, bottom: 3, right: 3 } },
      );
      expect(store.inputOf('Sheet1!D4')).toBe('1');
      expect(store.inputOf('Sheet1!B1')).toBe('=D4*2');
      expect(store.selection()).toEqual({ anchor: { col: 3, row: 3 }, focus: { col: 3, row: 3 } });
      store.actions.paste('Sheet1', {
        kind: 'inputs',
        rect: { top: 1, left: 1, bottom: 2, right: 1 },
        cells: [
          { col: 1, row: 1, input: '=D5*2' },
          { col: 1, row: 2, input: '=D6*2' },
        ],
      });
      expect(store.inputOf('Sheet1!B3')).toBe('=D6*2');
      store.actions.undo();
      expect(store.inputOf('Sheet1!B2')).toBe('');
      store.actions.undo();
      expect(store.inputOf('Sheet1!A1')).toBe('1');
      expect(store.inputOf('Sheet1!B1')).toBe('=A1*2');
    }));
});
