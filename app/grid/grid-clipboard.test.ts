import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../formula/ref-shift';
import { createSheetStore } from '../state/createSheetStore';
import { emptyWorkbook } from '../state/document';
import { idleClient } from '../worker/test-helpers';
import { createGridClipboard } from './grid-clipboard';

const client = idleClient();

/** A clipboard as a copy event hands it over: the types written and their text. */
function fakeData() {
  const data = new Map<string, string>();
  return { data, transfer: { setData: (type: string, text: string) => void data.set(type, text) } as unknown as DataTransfer };
}

function setup(
  run: (s: { store: ReturnType<typeof createSheetStore>; select: (r: Rect) => void; clip: ReturnType<typeof createGridClipboard> }) => void,
) {
  createRoot((dispose) => {
    const store = createSheetStore(() => client);
    store.actions.open(emptyWorkbook());
    let sel: Rect = { top: 0, left: 0, bottom: 0, right: 0 };
    const clip = createGridClipboard(store, () => sel);
    try {
      run({ store, select: (r) => (sel = r), clip });
    } finally {
      dispose();
    }
  });
}

const at = (col: number, row: number): Rect => ({ top: row, left: col, bottom: row, right: col });

describe('the grid clipboard', () => {
  it('writes the inputs as TSV and the shown values as HTML, and pastes its own cells shifted', () =>
    setup(({ store, select, clip }) => {
      store.actions.setInputs([
        ['Sheet1!A1', '2'],
        ['Sheet1!B1', '=A1 < 3'],
      ]);
      store.receive.values(
        {
          'Sheet1!A1': { kind: 'tensor', text: '2', shape: [], series: Float64Array.of(2) },
          'Sheet1!B1': { kind: 'bool', text: 'True', shape: [] },
        },
        true,
        0,
      );
      select({ top: 0, left: 0, bottom: 0, right: 1 });
      const { data, transfer } = fakeData();
      clip.copy(transfer, false);
      expect(clip.outline()).toEqual({ sheet: 'Sheet1', rect: { top: 0, left: 0, bottom: 0, right: 1 } });
      expect(data.get('text/plain')).toBe('2\t=A1 < 3');
      expect(data.get('text/html')).toBe('<table><tbody><tr><td>2</td><td>TRUE</td></tr></tbody></table>');
      select(at(0, 4));
      clip.paste('2\t=A1 < 3', false);
      expect(store.inputOf('Sheet1!B5')).toBe('=A5 < 3');
      expect(store.selection()).toEqual({ anchor: { col: 0, row: 4 }, focus: { col: 1, row: 4 } });
      // The copy stays outlined after its paste, and goes once anything else is edited.
      expect(clip.outline()).not.toBeNull();
      store.actions.setInputs([['Sheet1!Z1', 'x']]);
      expect(clip.outline()).toBeNull();
      // Text that is not what we wrote comes from elsewhere: pasted as typed.
      select(at(0, 6));
      clip.paste('=A1', false);
      expect(store.inputOf('Sheet1!A7')).toBe('=A1');
      select(at(0, 7));
      clip.paste('2\t=A1 < 3', true);
      expect(store.inputOf('Sheet1!B8')).toBe('TRUE');
    }));

  it('moves cut cells once; a second paste pastes their text', () =>
    setup(({ store, select, clip }) => {
      store.actions.setInputs([
        ['Sheet1!A1', '5'],
        ['Sheet1!C1', '=A1'],
      ]);
      clip.copy(fakeData().transfer, true);
      expect(store.inputOf('Sheet1!A1')).toBe('5');
      select(at(1, 2));
      clip.paste('5', false);
      expect(store.inputOf('Sheet1!B3')).toBe('5');
      expect(store.inputOf('Sheet1!A1')).toBe('');
      expect(store.inputOf('Sheet1!C1')).toBe('=B3');
      expect(clip.outline()).toBeNull();
      select(at(3, 3));
      clip.paste('5', false);
      expect(store.inputOf('Sheet1!D4')).toBe('5');
      expect(store.inputOf('Sheet1!B3')).toBe('5');
    }));

  it('pastes a cut as text when its cells changed since', () =>
    setup(({ store, select, clip }) => {
      store.actions.setInputs([['Sheet1!A1', '=B1']]);
      clip.copy(fakeData().transfer, true);
      store.actions.setInputs([['Sheet1!A1', '7']]);
      select(at(0, 3));
      clip.paste('=B1', false);
      expect(store.inputOf('Sheet1!A4')).toBe('=B1');
      expect(store.inputOf('Sheet1!A1')).toBe('7');
    }));
});
