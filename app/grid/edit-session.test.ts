import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { translateInput } from '../../formula/ref-shift';
import { createSheetStore } from '../state/createSheetStore';
import { emptyWorkbook } from '../state/document';
import { idleClient } from '../worker/test-helpers';
import { createEditSession } from './edit-session';

const client = idleClient();

/** A store on an empty workbook and an edit session on it, with no editors attached (the session's own rules). */
function withSession(
  run: (s: ReturnType<typeof createEditSession>, store: ReturnType<typeof createSheetStore>, focused: () => number) => void,
) {
  createRoot((dispose) => {
    const store = createSheetStore(() => client);
    store.actions.open(emptyWorkbook());
    let focusCount = 0;
    const session = createEditSession(store, { focusGrid: () => void focusCount++, translate: translateInput });
    try {
      run(session, store, () => focusCount);
    } finally {
      dispose();
    }
  });
}

const at = (col: number, row: number) => ({ anchor: { col, row }, focus: { col, row } });

describe('edit session', () => {
  it('typing starts Enter mode, F2 Edit mode; the mode reads Ready when nothing is edited', () =>
    withSession((s, store) => {
      expect(s.modeName()).toBe('Ready');
      store.actions.select(at(1, 1));
      s.begin('4', 'enter', 'cell');
      expect([s.modeName(), s.text(), s.editing()]).toEqual(['Enter', '4', { sheet: 'Sheet1', address: { col: 1, row: 1 } }]);
      s.cancel();
      s.begin(null, 'edit', 'cell');
      expect(s.modeName()).toBe('Edit');
    }));

  it('a commit writes the text into the edited cell and moves as its key says', () =>
    withSession((s, store, focused) => {
      store.actions.select(at(1, 1));
      s.begin('=1+1', 'enter', 'cell');
      s.commit('right');
      expect(store.inputOf('Sheet1!B2')).toBe('=1+1');
      expect(store.selection()).toEqual(at(2, 1));
      expect(s.editing()).toBeNull();
      expect(focused()).toBe(1);
    }));

  it('a commit in place neither moves nor takes the keyboard; cancel writes nothing', () =>
    withSession((s, store, focused) => {
      s.begin('x', 'enter', 'cell');
      s.commit('stay');
      expect([store.inputOf('Sheet1!A1'), store.selection(), focused()]).toEqual(['x', at(0, 0), 0]);
      s.begin('y', 'enter', 'cell');
      s.cancel();
      expect(store.inputOf('Sheet1!A1')).toBe('x');
    }));

  it('commits into the edited cell on its own sheet, wherever the user went meanwhile', () =>
    withSession((s, store) => {
      store.actions.select(at(0, 2));
      s.begin('=2*', 'enter', 'cell');
      store.actions.addSheet();
      s.commit('enter');
      expect(store.activeSheet()).toBe('Sheet1');
      expect(store.inputOf('Sheet1!A3')).toBe('=2*');
      expect(store.selection()).toEqual(at(0, 3));
    }));

  it('Ctrl+Enter fills the selection with shifted references as one undo step, keeping the selection', () =>
    withSession((s, store) => {
      const sel = { anchor: { col: 1, row: 2 }, focus: { col: 1, row: 0 } };
      store.actions.select(sel);
      // The text is typed at the selection's focus, B1.
      s.begin('=A1*10', 'enter', 'cell');
      expect(s.editing()?.address).toEqual({ col: 1, row: 0 });
      s.fill();
      expect(['B1', 'B2', 'B3'].map((c) => store.inputOf(`Sheet1!${c}`))).toEqual(['=A1*10', '=A2*10', '=A3*10']);
      expect(store.selection()).toEqual(sel);
      store.actions.undo();
      expect(['B1', 'B2', 'B3'].map((c) => store.inputOf(`Sheet1!${c}`))).toEqual(['', '', '']);
    }));

  it('a press on another cell commits a plain value in place, for the grid to select that cell', () =>
    withSession((s, store) => {
      s.begin('note', 'enter', 'cell');
      expect(s.pressCell({ col: 3, row: 3 })).toBe('commit');
      expect(store.inputOf('Sheet1!A1')).toBe('note');
      expect(s.editing()).toBeNull();
    }));
});
