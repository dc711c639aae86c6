// Owns the edit in progress: which cell, its text as the cell editor and the formula bar share it, the
// mode (Enter / Edit / Point), the pointed reference, and committing or cancelling. The rules are in
// editing.ts and point-mode.ts; this wires them to the store and to the two editors.

import type { Extension } from '@codemirror/state';
import { type EditorView, ViewPlugin } from '@codemirror/view';
import { batch, createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';
import { mirrorInto, pointed as pointedChange, sessionKeys } from '../editor/session-keys';
import { refHighlight } from '../editor/ref-highlight';
import type { SheetStore } from '../state/createSheetStore';
import { type Address, labelOf } from '../state/document';
import { type Arrow, type CommitMove, type EditMode, type Translate, arrowAction, clickAction, fillEdits, moved } from './editing';
import { clampAddress, rect } from './geometry';
import { cycleAnchors, referenceTokens, refText } from './point-mode';

export type Surface = 'cell' | 'bar';

export interface Editing {
  sheet: string;
  address: Address;
}

/** The reference inserted by pointing, which the next arrow, click or drag replaces. */
export interface Pointed {
  from: number;
  to: number;
  anchor: Address;
  focus: Address;
  sheet: string;
}

export type EditSession = ReturnType<typeof createEditSession>;

export interface EditSessionHooks {
  /** Hands the keyboard back to the grid after an edit ends by a key. */
  focusGrid(): void;
  /** Shifts the relative references of what Ctrl+Enter writes into each selected cell. */
  translate: Translate;
}

// size: one closure over one edit's state (draft, caret, point mode); each action is a few lines inside it.
export function createEditSession(store: SheetStore, hooks: EditSessionHooks) {
  const [editing, setEditing] = createSignal<Editing | null>(null);
  const [text, setText] = createSignal('');
  const [mode, setMode] = createSignal<EditMode>('enter');
  const [pointed, setPointed] = createSignal<Pointed | null>(null);
  const [surface, setSurface] = createSignal<Surface>('cell');
  const views = new Map<Surface, EditorView>();

  const tokens = createMemo(() => (editing() ? referenceTokens(text()) : []));
  /** The mode as Excel's status bar names it. */
  const modeName = (): 'Ready' | 'Enter' | 'Edit' | 'Point' =>
    !editing() ? 'Ready' : pointed() ? 'Point' : mode() === 'edit' ? 'Edit' : 'Enter';

  /** The editor that takes pointed references: the one last typed in, or whichever still exists. */
  const target = (): EditorView | undefined => views.get(surface()) ?? views.get('cell') ?? views.get('bar');

  const close = () =>
    batch(() => {
      setEditing(null);
      setPointed(null);
    });

  /** Starts editing the selected cell with `initial` (null: its input), typing in `where`. */
  const begin = (initial: string | null, how: EditMode, where: Surface): void => {
    const address = store.selection().focus;
    const sheet = store.activeSheet();
    const start = initial ?? store.inputOf(labelOf(sheet, address));
    batch(() => {
      setText(start);
      setMode(how);
      setPointed(null);
      setSurface(where);
      setEditing({ sheet, address });
    });
    const bar = views.get('bar');
    if (bar && where === 'cell') mirrorInto(bar, start);
  };

  const commit = (how: CommitMove): void => {
    const e = editing();
    // Enter in the formula bar with nothing typed just hands the keyboard back.
    if (!e) return hooks.focusGrid();
    const input = text();
    close();
    const label = labelOf(e.sheet, e.address);
    if (input !== store.inputOf(label)) store.actions.setInputs([[label, input]]);
    if (how === 'stay') return;
    if (store.activeSheet() !== e.sheet) store.actions.showSheet(e.sheet);
    const next = clampAddress(moved(e.address, how));
    store.actions.select({ anchor: next, focus: next });
    hooks.focusGrid();
  };

  /** Ctrl+Enter: what was typed goes into every selected cell (one undo step), and the selection stays. */
  const fill = (): void => {
    const e = editing();
    if (!e) return;
    const input = text();
    close();
    const sel = store.selection();
    const r = rect(sel.anchor, sel.focus);
    const inside =
      store.activeSheet() === e.sheet &&
      e.address.row >= r.top &&
      e.address.row <= r.bottom &&
      e.address.col >= r.left &&
      e.address.col <= r.right;
    const edits = inside
      ? fillEdits(e.sheet, r, e.address, input, hooks.translate)
      : [[labelOf(e.sheet, e.address), input] as [string, string]];
    const changed = edits.filter(([label, value]) => store.inputOf(label) !== value);
    if (changed.length) store.actions.setInputs(changed);
    hooks.focusGrid();
  };

  const cancel = (): void => {
    close();
    hooks.focusGrid();
  };

  /** Puts the reference to anchor:focus (on `sheet`) where the pointed one is, or at the caret. */
  const pointTo = (anchor: Address, focus: Address, sheet: string): void => {
    const e = editing();
    const view = target();
    if (!e || !view) return;
    const p = pointed();
    const { from, to } = p ?? view.state.selection.main;
    const ref = refText(anchor, focus, sheet === e.sheet ? null : sheet);
    view.dispatch({
      changes: { from, to, insert: ref },
      selection: { anchor: from + ref.length },
      annotations: pointedChange.of(true),
      scrollIntoView: true,
    });
    setPointed({ from, to: from + ref.length, anchor, focus, sheet });
  };

  const arrow = (view: EditorView, dir: Arrow, shift: boolean): boolean => {
    const e = editing()!;
    const action = arrowAction(mode(), pointed() !== null, view.state.doc.toString(), view.state.selection.main);
    if (action === 'caret') return false;
    if (action === 'commit') {
      commit(dir);
      return true;
    }
    const p = pointed();
    if (!p) {
      const a = clampAddress(moved(e.address, dir));
      pointTo(a, a, store.activeSheet());
    } else {
      const focus = clampAddress(moved(p.focus, dir));
      pointTo(shift ? p.anchor : focus, focus, p.sheet);
    }
    return true;
  };

  /** A press on a cell of the shown sheet while editing; 'commit' means the grid goes on to select it. */
  const pressCell = (a: Address): 'point' | 'keep' | 'commit' => {
    const view = target();
    const action = view ? clickAction(pointed() !== null, text(), view.state.selection.main) : 'commit';
    if (action === 'commit') commit('stay');
    else {
      if (action === 'point') pointTo(a, a, store.activeSheet());
      view?.focus();
    }
    return action;
  };

  /** Dragging after a press that pointed: the reference grows to the range pressed over. */
  const dragTo = (a: Address): void => {
    const p = pointed();
    if (p && (p.focus.col !== a.col || p.focus.row !== a.row)) pointTo(p.anchor, a, p.sheet);
  };

  /** The editor extension that joins a cell or formula-bar editor to this session. */
  const extension = (where: Surface): Extension => [
    ViewPlugin.define((view) => ({ destroy: attach(where, view) })),
    refHighlight,
    sessionKeys({
      active: () => editing() !== null,
      arrow,
      toggleMode: () =>
        batch(() => {
          setPointed(null);
          setMode((m) => (m === 'edit' ? 'enter' : 'edit'));
        }),
      cycleAnchors: (view) => {
        const r = cycleAnchors(view.state.doc.toString(), view.state.selection.main.head);
        if (r) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: r.text }, selection: { anchor: r.caret } });
      },
      fill,
      typed: (t, view) => {
        // Typing into the formula bar starts an edit of the selected cell there, in Edit mode, as in Excel.
        // (Only focusing it does not: the keyboard passes through it on its way round the regions.)
        if (!editing()) return where === 'bar' ? begin(t, 'edit', 'bar') : undefined;
        setText(t);
        const other = views.get(where === 'cell' ? 'bar' : 'cell');
        if (other && other !== view) mirrorInto(other, t);
      },
      leftPoint: () => setPointed(null),
      focused: () => {
        if (!editing()) return;
        if (where === 'bar') setMode('edit');
        setSurface(where);
      },
      pressed: () => {
        if (editing() && where === 'cell') setMode('edit');
      },
    }),
  ];

  /** Editors register here when created (see `extension`), and leave when destroyed. */
  const attach = (where: Surface, view: EditorView): (() => void) => {
    views.set(where, view);
    return () => {
      if (views.get(where) === view) views.delete(where);
    };
  };

  const focusEditor = (): void => target()?.focus();
  // F6 from an editor to another region (app/layout/region-keys.ts) commits a plain value, as a click on
  // another cell does; a formula stays open. Registered first, so it runs before the region move.
  const onF6 = (e: KeyboardEvent) => {
    if (e.key !== 'F6' || !editing() || text().startsWith('=') || ![...views.values()].some((v) => v.hasFocus)) return;
    commit('stay');
    // The editor is gone: the region move starts from the grid the edit was in.
    hooks.focusGrid();
  };
  if (typeof document !== 'undefined') {
    document.addEventListener('keydown', onF6, true);
    onCleanup(() => document.removeEventListener('keydown', onF6, true));
  }
  // A sheet tab clicked mid-formula (to point at a cell there) leaves the keyboard in the formula, as in
  // Excel. Only from a tab: find, say, switches sheets too and keeps the keyboard in its own field.
  const fromTab = () => typeof document !== 'undefined' && document.activeElement?.getAttribute('role') === 'tab';
  createEffect(on(store.activeSheet, () => editing() && fromTab() && focusEditor(), { defer: true }));

  return { editing, text, tokens, modeName, pointed, surface, begin, commit, fill, cancel, pressCell, dragTo, focusEditor, extension };
}
